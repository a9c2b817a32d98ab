import type { EditorKind } from '../sites/types';
import { countLink, holdsLink, isTextField, readEditorText, textAroundCaret } from './editor-text';
import { spacedLink } from './spacing';
import {
  beforeInputText,
  execInsertText,
  execInsertTextAfterText,
  syntheticPaste,
  type Technique,
  textareaRangeText,
} from './techniques';

// The insertion cascade (sites.md): put the caret back, insert through the technique that works for
// the editor, and judge it by reading the editor's text back — never by an event having been
// accepted. The next technique is tried only when the previous one provably changed nothing, so a
// link is never inserted twice.

/** Techniques per editor, best first. */
export const CASCADE: Record<EditorKind, readonly Technique[]> = {
  // Firefox hands a content script's paste an empty clipboard unless told through its own init
  // fields (techniques.ts); execCommand is the fallback only where it cannot corrupt the editor.
  draft: [syntheticPaste, execInsertTextAfterText],
  // Slate: execCommand is unreliable; a paste with text/plain only is the fallback.
  slate: [beforeInputText, syntheticPaste],
  prosemirror: [execInsertText, syntheticPaste],
  contenteditable: [execInsertText],
  textarea: [execInsertText, textareaRangeText],
};

/** The editor's cascade without the techniques a surface must never get. */
export function cascadeFor(kind: EditorKind, never: readonly string[] = []): readonly Technique[] {
  return CASCADE[kind].filter((technique) => !never.includes(technique.name));
}

/** What the editor's text showed after a technique ran. */
export type Observed = { kind: 'inserted'; copies: number } | { kind: 'unchanged' } | { kind: 'changed' };

export type CascadeResult =
  | { ok: true; technique: string; copies: number }
  | { ok: false; reason: 'not-accepted' | 'unverified'; tried: string[] };

export type InsertOutcome =
  | { ok: true; technique: string; text: string; copies: number }
  | { ok: false; reason: 'already-there' | 'detached' | 'not-accepted' | 'unverified' };

export interface InsertOptions {
  /** The caret the editor had before our widget was clicked. */
  caret: Range | null;
  /** Waits for the editor to process what it was given; injectable for tests. */
  settle?: () => Promise<void>;
  /** How long an editor that took the text may take to show it. */
  verifyMs?: number;
  /** Techniques this surface must never get (TikTok comments: execCommand). */
  never?: readonly string[];
}

/**
 * How long an editor that cancelled the event (it said it would apply the text itself) gets to
 * show it before the text is judged unchanged. Generous: giving up too early on a busy machine and
 * trying the next technique could insert the link twice.
 */
export const VERIFY_MS = 2_000;
/** An event nobody took, or a DOM edit: the browser's work is done; a few frames for the page's. */
const QUICK_MS = 100;

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
  const techniques = cascadeFor(kind, options.never);
  const outcome = await runCascade(editor, techniques, text, link, settle, options.verifyMs ?? VERIFY_MS);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  return { ok: true, technique: outcome.technique, copies: outcome.copies, text };
}

/**
 * Tries each technique in turn and reads the editor's text back after each: it stops at the first
 * that makes the editor hold the link, or at the first that changed the text without producing it
 * (going on could insert the link twice); a technique that left the text as it was is followed by
 * the next.
 */
export async function runCascade(
  editor: HTMLElement,
  techniques: readonly Technique[],
  text: string,
  link: string,
  settle: () => Promise<void>,
  verifyMs: number,
): Promise<CascadeResult> {
  const tried: string[] = [];
  for (const technique of techniques) {
    if (technique.applies && !technique.applies(editor)) continue;
    tried.push(technique.name);
    const textBefore = readEditorText(editor);
    const attempt = technique.run(editor, text);
    const waitMs = attempt === 'accepted' ? verifyMs : Math.min(QUICK_MS, verifyMs);
    const seen = await observe(editor, link, textBefore, settle, waitMs);
    const decision = decide(seen);
    if (decision === 'done') {
      return { ok: true, technique: technique.name, copies: seen.kind === 'inserted' ? seen.copies : 1 };
    }
    if (decision === 'stop') return { ok: false, reason: 'unverified', tried };
  }
  return { ok: false, reason: 'not-accepted', tried };
}

/** The cascade's rule, apart from any editor: what to do after a technique showed `seen`. */
export function decide(seen: Observed): 'done' | 'next' | 'stop' {
  if (seen.kind === 'inserted') return 'done';
  return seen.kind === 'unchanged' ? 'next' : 'stop';
}

/**
 * Reads the editor's text once per frame until it holds the link or `ms` have passed (always at
 * least once), then says what changed. Once the link shows, one more frame catches an editor that
 * applied the text twice (a second copy arriving with its own render).
 */
export async function observe(
  editor: HTMLElement,
  link: string,
  textBefore: string,
  settle: () => Promise<void>,
  ms: number,
): Promise<Observed> {
  const until = performance.now() + ms;
  for (;;) {
    if (countLink(readEditorText(editor), link) > 0) {
      await settle();
      return { kind: 'inserted', copies: Math.max(1, countLink(readEditorText(editor), link)) };
    }
    if (performance.now() >= until) break;
    await settle();
  }
  return readEditorText(editor) === textBefore ? { kind: 'unchanged' } : { kind: 'changed' };
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
