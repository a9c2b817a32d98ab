import type { Control } from './types';

// Submit and success cues that survive relabelling (sites.md, evidence 2025–2026: scripts that
// post for real find the buttons by their text). A control is a selector or a button's visible
// text or accessible name, in the sites' languages; only visible, enabled controls count.

/** Button texts and names, whole, in en, fr, es, de, pt (compared without case or extra spaces). */
export const WORDS = {
  post: ['Post', 'Publier', 'Publicar', 'Posten', 'Veröffentlichen', 'Postar'],
  postNow: [
    'Post now',
    'Publier maintenant',
    'Publicar ahora',
    'Jetzt posten',
    'Jetzt veröffentlichen',
    'Publicar agora',
    'Postar agora',
  ],
  continue: ['Continue', 'Continuer', 'Continuar', 'Weiter'],
  sendToEveryone: [
    'Send to everyone now',
    'Envoyer à tous maintenant',
    'Enviar a todos ahora',
    'Jetzt an alle senden',
    'Enviar para todos agora',
    // A post that goes to the web only.
    'Publish now',
    'Publier maintenant',
    'Publicar ahora',
    'Jetzt veröffentlichen',
    'Publicar agora',
  ],
  comment: ['Comment', 'Commenter', 'Comentar', 'Kommentieren'],
  reply: ['Reply', 'Répondre', 'Responder', 'Antworten'],
  save: ['Save', 'Enregistrer', 'Guardar', 'Speichern', 'Salvar'],
  noteSent: ['Note sent', 'Note envoyée', 'Nota enviada', 'Notiz gesendet', 'Notiz gepostet'],
} as const satisfies Record<string, readonly string[]>;

const norm = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const BUTTON = 'button, [role="button"], input[type="submit"]';
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

/** What a control says: its accessible name if it has one, else its visible text. */
function nameOf(el: Element): string {
  return norm(el.getAttribute('aria-label') || (el as HTMLInputElement).value || el.textContent || '');
}

function named(el: Element, names: readonly string[]): boolean {
  const name = nameOf(el);
  return name !== '' && names.some((n) => norm(n) === name);
}

/** Rendered with a size (YouTube's community page has a 0×0 twin of its Post button). */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

export function isEnabled(el: Element): boolean {
  return !el.closest('[disabled], [aria-disabled="true"]');
}

function inScope(el: Element, control: Control, scope: ParentNode): boolean {
  if (!scope.contains(el)) return false;
  return !control.inDialog || el.closest(DIALOG) !== null;
}

/**
 * The control the click on `target` pressed, if it is one of `controls`, visible and enabled and
 * inside `scope`.
 */
export function pressedControl(
  target: Element,
  controls: readonly Control[],
  scope: ParentNode,
): Element | null {
  for (const control of controls) {
    const el = control.selector ? target.closest(control.selector) : target.closest(BUTTON);
    if (!el || (control.names && !named(el, control.names))) continue;
    if (inScope(el, control, scope) && isShown(el) && isEnabled(el)) return el;
  }
  return null;
}

/** The visible controls among `controls` under `scope` (enabled or not: the widget avoids both). */
export function controlsIn(scope: ParentNode, controls: readonly Control[], max = 20): Element[] {
  const out: Element[] = [];
  for (const control of controls) {
    for (const el of scope.querySelectorAll(control.selector ?? BUTTON)) {
      if (control.names && !named(el, control.names)) continue;
      if (!inScope(el, control, scope) || !isShown(el) || out.includes(el)) continue;
      out.push(el);
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** Elements showing one of `texts` as their whole visible text (a "Note sent" toast). */
export function textShown(root: Element, texts: readonly string[]): Element[] {
  const wanted = new Set(texts.map(norm));
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !wanted.has(norm(node.nodeValue ?? ''))) continue;
    if (wanted.has(norm(el.textContent ?? '')) && isShown(el)) out.push(el);
  }
  return out;
}
