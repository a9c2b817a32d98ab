// Resolves a driver Target inside the page, for browsers driven without Playwright's selector engine
// (Firefox over WebDriver BiDi). It understands what the fixtures and checks write: CSS with
// Playwright's `:has-text("…")` / `:text-is("…")` at the end, and role + exact accessible name,
// piercing open shadow roots (the widget's). The function is sent to the page as its source, so it
// must not use anything from its module.
import type { Target } from './types';

/** What the page found: the element, or why there is none yet (`wait`) or ever (`error`). */
export type Found = Element | { wait: string } | { error: string };

export interface FindOptions {
  /** Also require that the element can take a click: enabled (`disabled`, `aria-disabled`). */
  enabled: boolean;
}

export function findTarget(target: Target, options: FindOptions): Found {
  const normalize = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

  /** Every element under `root` (a host's own shadow root included), descending into open shadow roots. */
  const allUnder = (root: ParentNode): Element[] => {
    const out: Element[] = [];
    const walk = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  };

  const visible = (el: Element) =>
    el.getClientRects().length > 0 &&
    (typeof el.checkVisibility !== 'function' ||
      el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }));

  const disabled = (el: Element) =>
    (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';

  const ROLES: Record<string, string> = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    textbox:
      'input:not([type]), input[type="text"], input[type="url"], input[type="email"], input[type="search"], textarea, [role="textbox"]',
    status: '[role="status"], output',
    link: 'a[href], [role="link"]',
    tab: '[role="tab"]',
  };

  const byId = (el: Element, id: string) =>
    (el.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? document.getElementById(id);

  const accessibleName = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return normalize(
        labelledBy
          .split(/\s+/)
          .map((id) => byId(el, id)?.textContent ?? '')
          .join(' '),
      );
    }
    const label = el.getAttribute('aria-label');
    if (label) return normalize(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return normalize([...labels].map((l) => l.textContent).join(' '));
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
      return normalize(el.getAttribute('title') ?? el.placeholder);
    return normalize(el.textContent);
  };

  let matches: Element[];
  let what: string;
  try {
    if (typeof target === 'string') {
      what = target;
      const pseudo = /:(has-text|text-is)\("((?:[^"\\]|\\.)*)"\)$/.exec(target);
      const css = pseudo ? target.slice(0, pseudo.index) : target;
      if (/:(has-text|text-is)\(/.test(css))
        return { error: `${target}: :has-text/:text-is are only understood at the end of the selector` };
      matches = [...document.querySelectorAll(css)];
      if (pseudo) {
        const wanted = normalize((pseudo[2] ?? '').replace(/\\(.)/g, '$1'));
        matches =
          pseudo[1] === 'text-is'
            ? matches.filter((el) => normalize(el.textContent) === wanted)
            : matches.filter((el) => normalize(el.textContent).toLowerCase().includes(wanted.toLowerCase()));
      }
    } else {
      what = `${target.within ? `${target.within} ` : ''}role=${target.role}${target.name === undefined ? '' : `[name="${target.name}"]`}`;
      const roots: ParentNode[] = target.within ? [...document.querySelectorAll(target.within)] : [document];
      const selector = ROLES[target.role];
      if (!selector) return { error: `role ${target.role} is not known to findTarget` };
      matches = roots
        .flatMap((root) => allUnder(root))
        .filter((el) => el.matches(selector) && visible(el))
        .filter((el) => target.name === undefined || accessibleName(el) === target.name);
    }
  } catch (error) {
    return { error: `${String(error)}` };
  }
  if (matches.length > 1) return { error: `${what}: ${matches.length} elements match, expected one` };
  const [el] = matches;
  if (!el) return { wait: `${what}: no element yet` };
  if (!visible(el)) return { wait: `${what}: not visible yet` };
  if (options.enabled && disabled(el)) return { wait: `${what}: disabled` };
  return el;
}
