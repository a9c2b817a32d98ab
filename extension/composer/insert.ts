import type { EditorKind } from '../sites/types';
import { holdsLink, isTextField, readEditorText, textAroundCaret } from './editor-text';
import { spacedLink } from './spacing';
import {
  beforeInputText,
  execInsertText,
  syntheticPaste,
  type Technique,
  textareaRangeText,
} from './techniques';

// The insertion cascade (sites.md): put the caret back, insert through the technique that works for
// the editor, check that the editor now holds the link, and try the next technique only when the
// previous one provably did nothing — so a link is never inserted twice.

/** Techniques per editor, best first. */
export const CASCADE: Record<EditorKind, readonly Technique[]> = {
  // execCommand corrupts empty Draft editors in some versions (PixieBrix #7630, #8157).
  draft: [syntheticPaste, execInsertText],
  // Slate: execCommand is unreliable; a paste with text/plain only is the fallback.
  slate: [beforeInputText, syntheticPaste],
  prosemirror: [execInsertText, syntheticPaste],
  contenteditable: [execInsertText],
  textarea: [execInsertText, textareaRangeText],
};

export type InsertOutcome =
  | { ok: true; technique: string; text: string }
  | { ok: false; reason: 'already-there' | 'detached' | 'not-accepted' | 'unverified' };

export interface InsertOptions {
  /** The caret the editor had before our widget was clicked. */
  caret: Range | null;
  /** Waits for the editor to process what it was given; injectable for tests. */
  settle?: () => Promise<void>;
  /** How long an editor that took the text may take to show it. */
  verifyMs?: number;
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
  });

export async function insertLink(
  editor: HTMLElement,
  kind: EditorKind,
  link: string,
  options: InsertOptions,
): Promise<InsertOutcome> {
  const settle = options.settle ?? nextFrame;
  if (!editor.isConnected) return { ok: false, reason: 'detached' };
  if (holdsLink(editor, link)) return { ok: false, reason: 'already-there' };

  placeCaret(editor, options.caret);
  // Draft and Slate learn about the caret from `selectionchange`, which is dispatched
  // asynchronously: give them a frame before handing them text.
  await settle();
  if (!editor.isConnected) return { ok: false, reason: 'detached' };
  if (!isTextField(editor) && !selectionInside(editor)) placeCaret(editor, null);

  const { before, after } = textAroundCaret(editor);
  const text = spacedLink(link, before, after);
  const outcome = await runCascade(editor, CASCADE[kind], text, link, settle, options.verifyMs ?? 600);
  return outcome.ok ? { ...outcome, text } : outcome;
}

/**
 * Tries each technique in turn; stops at the first that makes the editor hold the link, or at
 * the first that changed anything without producing it (going on could insert the link twice).
 */
export async function runCascade(
  editor: HTMLElement,
  techniques: readonly Technique[],
  text: string,
  link: string,
  settle: () => Promise<void>,
  verifyMs: number,
): Promise<{ ok: true; technique: string } | { ok: false; reason: 'not-accepted' | 'unverified' }> {
  for (const technique of techniques) {
    const textBefore = readEditorText(editor);
    const attempt = technique.run(editor, text);
    if (await shows(editor, link, settle, attempt === 'ignored' ? 0 : verifyMs)) {
      return { ok: true, technique: technique.name };
    }
    if (attempt !== 'ignored' || readEditorText(editor) !== textBefore) {
      return { ok: false, reason: 'unverified' };
    }
  }
  return { ok: false, reason: 'not-accepted' };
}

/** Polls once per frame until the editor holds the link or `ms` have passed (always at least once). */
async function shows(
  editor: HTMLElement,
  link: string,
  settle: () => Promise<void>,
  ms: number,
): Promise<boolean> {
  const until = performance.now() + ms;
  do {
    if (holdsLink(editor, link)) return true;
    await settle();
  } while (performance.now() < until);
  return holdsLink(editor, link);
}

function selectionInside(editor: HTMLElement): boolean {
  const selection = editor.ownerDocument.getSelection();
  return !!selection && selection.rangeCount > 0 && editor.contains(selection.anchorNode);
}

/**
 * Focuses the editor and puts the caret back where it was; without a remembered caret, keeps the
 * caret of an editor that already had focus, else goes to the end of its text (focus() alone
 * would put it at the start, before a pre-filled caption).
 */
export function placeCaret(editor: HTMLElement, caret: Range | null): void {
  const doc = editor.ownerDocument;
  const hadFocus = doc.activeElement === editor || editor.contains(doc.activeElement);
  if (!hadFocus) editor.focus({ preventScroll: true });
  if (isTextField(editor)) return; // a text field keeps its own selection while blurred
  const selection = doc.getSelection();
  if (!selection) return;
  if (caret && editor.contains(caret.startContainer) && editor.contains(caret.endContainer)) {
    selection.removeAllRanges();
    selection.addRange(caret);
    return;
  }
  if (hadFocus && selection.rangeCount > 0 && editor.contains(selection.anchorNode)) return;
  const end = doc.createRange();
  const last = lastCaretNode(editor);
  end.selectNodeContents(last);
  end.collapse(false);
  selection.removeAllRanges();
  selection.addRange(end);
}

/**
 * The deepest last node that can hold the caret: the last text node (Slate keeps a `\uFEFF` one in
 * empty lines), skipping trailing `<br>`s and non-editable placeholders.
 */
function lastCaretNode(editor: HTMLElement): Node {
  let node: Node = editor;
  for (;;) {
    let child = node.lastChild;
    while (child && (child instanceof HTMLBRElement || isNonEditable(child))) child = child.previousSibling;
    if (!child) return node;
    node = child;
    if (node.nodeType === Node.TEXT_NODE) return node;
  }
}

function isNonEditable(node: Node): boolean {
  return node instanceof Element && node.getAttribute('contenteditable') === 'false';
}
