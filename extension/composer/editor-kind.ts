import type { EditorKind } from '../sites/types';
import { isTextField } from './editor-text';

// A field no adapter describes (a bio, a search box, a DM reply) can still take the link through
// the keyboard shortcut or the context menu: which editor runs it is read from the field and its
// ancestors, the way each framework marks its root, and the insertion cascade of that kind is
// used (insert.ts), judged by reading the text back as for a recognised composer.

/** Single-line inputs a link can sensibly go into. */
const TEXT_INPUTS = new Set(['text', 'search', 'url']);

/** The editor framework behind an editable root, from the marks each one puts on it or above it. */
export function editorKindOf(editable: Element): EditorKind {
  if (isTextField(editable)) return 'textarea';
  if (editable.closest('[data-slate-editor]')) return 'slate';
  if (editable.closest('.public-DraftEditor-content, .DraftEditor-root') || isDraftRoot(editable))
    return 'draft';
  if (editable.closest('.ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

/** Draft's content root holds `[data-contents="true"]` right under it. */
function isDraftRoot(el: Element): boolean {
  for (const child of el.children) if (child.getAttribute('data-contents') === 'true') return true;
  return false;
}

/**
 * The editable root holding `el`: a writable text field itself, or the outermost element of the
 * contenteditable region `el` is in (`contenteditable="false"` islands inside an editor, as Slate's
 * placeholders, are skipped; one above the region ends it). `null` when `el` cannot be typed in.
 */
export function editableRoot(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (isTextField(el)) {
    if (el.hasAttribute('disabled') || el.hasAttribute('readonly')) return null;
    if (el instanceof HTMLInputElement && !TEXT_INPUTS.has(inputType(el))) return null;
    return el;
  }
  let root: HTMLElement | null = null;
  // Editing does not cross shadow boundaries: the region ends at its tree's top at the latest.
  for (let node: Element | null = el; node; node = node.parentElement) {
    const value = node.getAttribute('contenteditable');
    if (value === null) continue;
    if (value === 'false') {
      if (root) break;
      continue;
    }
    root = node as HTMLElement;
  }
  return root;
}

/** The input's type as written (`text` when missing; an unknown type is left out, to be safe). */
function inputType(input: HTMLInputElement): string {
  return (input.getAttribute('type') ?? 'text').toLowerCase();
}

/** The focused element, looking into open shadow roots (a site's web components). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
