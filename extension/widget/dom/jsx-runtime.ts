import type { JSX as PreactJSX } from 'preact';

// The in-page widget's JSX, without a framework. The widget is a pure view of its props (no
// state, no effects), so all it needs is to build a tree and patch the DOM in place, keeping the
// focused button and the live region's node. Preact was 4.3 KB of each content script's 20 KB
// budget (quality.md P1); this is about 0.5 KB. The pages (popup, Options, dashboard) keep Preact.
// Widget files opt in with the pragma `@jsxImportSource ./dom` (relative to extension/widget).

/** An element: tag, attributes and listeners (`on*`), children already flattened. */
export interface DomNode {
  readonly tag: string;
  readonly props: Record<string, unknown>;
  readonly children: readonly Child[];
}
export type Child = DomNode | string;
type Input = Child | number | boolean | null | undefined | readonly Input[];

function flatten(input: Input, out: Child[]): Child[] {
  if (Array.isArray(input)) for (const item of input) flatten(item, out);
  else if (typeof input === 'string' || typeof input === 'number') out.push(String(input));
  else if (input && typeof input === 'object') out.push(input as DomNode);
  return out;
}

type Component = (props: Record<string, unknown>) => Input;

export function jsx(type: string | Component, allProps: Record<string, unknown>): Input {
  // Components are plain functions of their props: called at once.
  if (typeof type === 'function') return type(allProps);
  const { children, ...props } = allProps;
  return { tag: type, props, children: flatten(children as Input, []) };
}
export { jsx as jsxs };

export function Fragment({ children }: { children?: Input }): Input {
  return children;
}

const SVG = 'http://www.w3.org/2000/svg';

/** What was last set on a node, and its listeners' current handlers. */
interface Painted {
  props: Record<string, unknown>;
  handlers: Record<string, (event: Event) => void>;
}
const painted = new WeakMap<Node, Painted>();

function setProps(el: Element, props: Record<string, unknown>) {
  const was = painted.get(el) ?? { props: {}, handlers: {} };
  painted.set(el, { props, handlers: was.handlers });
  for (const name of Object.keys(was.props)) {
    if (name in props) continue;
    if (name.startsWith('on')) delete was.handlers[name.slice(2).toLowerCase()];
    else el.removeAttribute(name === 'className' ? 'class' : name);
  }
  for (const [name, value] of Object.entries(props)) {
    if (name.startsWith('on')) {
      const type = name.slice(2).toLowerCase();
      if (!was.handlers[type]) el.addEventListener(type, (event) => painted.get(el)?.handlers[type]?.(event));
      was.handlers[type] = value as (event: Event) => void;
    } else if (name === 'style' && value && typeof value === 'object') {
      (el as HTMLElement).style.cssText = '';
      for (const [key, v] of Object.entries(value)) (el as HTMLElement).style.setProperty(key, String(v));
    } else if (value === undefined || value === null || value === false) {
      el.removeAttribute(name);
    } else {
      el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
    }
  }
}

function patch(parent: Node, children: readonly Child[], svg: boolean) {
  const doc = parent.ownerDocument ?? (parent as Document);
  children.forEach((child, i) => {
    const at = parent.childNodes[i] ?? null;
    if (typeof child === 'string') {
      if (at?.nodeType === 3) {
        if (at.nodeValue !== child) at.nodeValue = child;
      } else if (at) parent.replaceChild(doc.createTextNode(child), at);
      else parent.appendChild(doc.createTextNode(child));
      return;
    }
    const inSvg = svg || child.tag === 'svg';
    let el = at as Element | null;
    if (el?.nodeType !== 1 || el.localName !== child.tag) {
      el = inSvg ? doc.createElementNS(SVG, child.tag) : doc.createElement(child.tag);
      if (at) parent.replaceChild(el, at);
      else parent.appendChild(el);
    }
    setProps(el, child.props);
    patch(el, child.children, inSvg);
  });
  while (parent.childNodes.length > children.length) parent.lastChild?.remove();
}

/** Draws `tree` into `root`, reusing the nodes already there; `null` empties it. */
export function render(tree: Input, root: Element) {
  patch(root, flatten(tree, []), false);
}

// Attribute names and element types are Preact's (HTML attribute names: `class`, `aria-*`).
export namespace JSX {
  export type Element = DomNode;
  export interface IntrinsicElements extends PreactJSX.IntrinsicElements {}
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  /** Accepted (lists are written with keys) and ignored: children are patched by position. */
  export interface IntrinsicAttributes {
    key?: string | number;
  }
}
