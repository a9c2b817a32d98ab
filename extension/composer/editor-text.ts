import { stripZeroWidth } from './spacing';

// Reading what an editor holds, from the isolated world: the DOM is all we can see there. The
// editors' own models are updated from that DOM (ProseMirror, YouTube) or render it (Draft,
// Slate), so after a successful insertion both agree.

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** The editor's text as shown: a field's value, or a contenteditable's text without zero-width marks. */
export function readEditorText(editor: HTMLElement): string {
  if (isTextField(editor)) return editor.value;
  return stripZeroWidth(editor.textContent ?? '');
}

export function holdsLink(editor: HTMLElement, link: string): boolean {
  return readEditorText(editor).includes(link);
}

/** How many times `link` stands in `text` (0 = not there, 2+ = inserted twice). */
export function countLink(text: string, link: string): number {
  if (link === '') return 0;
  let count = 0;
  for (let at = text.indexOf(link); at !== -1; at = text.indexOf(link, at + link.length)) count += 1;
  return count;
}

const BLOCKS = 'p,div,li,h1,h2,h3,h4,h5,h6,blockquote,pre,[data-block],[data-slate-node="element"]';

/**
 * The text right before and right after the caret on its line, without placeholders
 * (`contenteditable="false"` inside the editor, as Slate draws them) and zero-width marks. A `<br>`
 * counts as a line break.
 */
export function textAroundCaret(editor: HTMLElement): { before: string; after: string } {
  if (isTextField(editor)) {
    const start = editor.selectionStart ?? editor.value.length;
    const end = editor.selectionEnd ?? start;
    return { before: editor.value.slice(0, start), after: editor.value.slice(end) };
  }
  const selection = editor.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range || !editor.contains(range.startContainer)) return { before: '', after: '' };
  const startEl = elementOf(range.startContainer);
  const block = startEl?.closest(BLOCKS);
  const line = block && editor.contains(block) ? block : editor;
  const pre = editor.ownerDocument.createRange();
  pre.selectNodeContents(line);
  pre.setEnd(range.startContainer, range.startOffset);
  const post = editor.ownerDocument.createRange();
  post.selectNodeContents(line);
  post.setStart(range.endContainer, range.endOffset);
  // A line's last <br> only keeps an empty or trailing line open (Slate's zero-width span,
  // ProseMirror's trailing break): it is the end of the line, not whitespace after the caret.
  return { before: visibleText(pre), after: visibleText(post).replace(/\n+$/, '') };
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

function visibleText(range: Range): string {
  const fragment = range.cloneContents();
  for (const hidden of fragment.querySelectorAll('[contenteditable="false"],[data-slate-placeholder]')) {
    hidden.remove();
  }
  for (const br of fragment.querySelectorAll('br')) br.replaceWith('\n');
  return stripZeroWidth(fragment.textContent ?? '');
}
