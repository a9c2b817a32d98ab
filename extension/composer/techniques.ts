import { readEditorText } from './editor-text';

// The ways text can be put into each kind of editor so that the editor's own model takes it
// (sites.md, the table). What a technique reports only says how long to wait for the editor to
// show the text; whether it worked is judged by reading the editor's text back (insert.ts):
// - 'accepted': the editor took the event (cancelled it, to apply the text itself, maybe later);
// - 'applied': the browser changed the DOM (execCommand, setRangeText);
// - 'ignored': nobody took it.

export type Attempt = 'accepted' | 'applied' | 'ignored';

export interface Technique {
  name: string;
  /** Whether the technique may be tried on this editor now (some would corrupt it). */
  applies?(editor: HTMLElement): boolean;
  run(editor: HTMLElement, text: string): Attempt;
}

/** The element holding the caret: synthetic events go where a real paste or keystroke would. */
function caretTarget(editor: HTMLElement): HTMLElement {
  const selection = editor.ownerDocument.getSelection();
  const node = selection?.focusNode;
  const el = node instanceof HTMLElement ? node : node?.parentElement;
  return el && editor.contains(el) ? el : editor;
}

/**
 * Firefox's own ClipboardEventInit fields: a `clipboardData` built in a content script reaches the
 * page empty in Firefox (`types: []`), while `dataType` + `data` make Firefox fill the event's
 * clipboard itself. Chromium ignores both fields. (shared/docs/firefox.md, measured on Firefox 153.)
 */
interface FirefoxClipboardEventInit extends ClipboardEventInit {
  dataType?: string;
  data?: string;
}

/**
 * A paste whose clipboard holds `text/plain` only: Draft.js and Slate take it as plain text (with
 * `text/html` too, Slate ignores it). Untrusted, so the browser itself never inserts anything.
 */
export const syntheticPaste: Technique = {
  name: 'paste',
  run(editor, text) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const init: FirefoxClipboardEventInit = {
      clipboardData: data,
      dataType: 'text/plain',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    const event = new ClipboardEvent('paste', init);
    caretTarget(editor).dispatchEvent(event);
    return event.defaultPrevented ? 'accepted' : 'ignored';
  },
};

/** Slate applies `beforeinput` insertText to its model (and cancels it) once the caret is inside. */
export const beforeInputText: Technique = {
  name: 'beforeinput',
  run(editor, text) {
    const event = new InputEvent('beforeinput', {
      inputType: 'insertText',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    caretTarget(editor).dispatchEvent(event);
    return event.defaultPrevented ? 'accepted' : 'ignored';
  },
};

/**
 * The browser's own insertion at the caret: it fires real `beforeinput`/`input` events, which
 * ProseMirror and YouTube's commentbox read their model from, and it enters the undo stack.
 */
export const execInsertText: Technique = {
  name: 'execCommand',
  run(editor, text) {
    const before = editor instanceof HTMLTextAreaElement ? editor.value : editor.textContent;
    // execCommand is deprecated but remains the only way to insert as the user would.
    const done = editor.ownerDocument.execCommand('insertText', false, text);
    const after = editor instanceof HTMLTextAreaElement ? editor.value : editor.textContent;
    return done || after !== before ? 'applied' : 'ignored';
  },
};

/**
 * execCommand into an EMPTY Draft.js editor makes React throw (removeChild) and loses the text
 * (PixieBrix #7630, #8157; measured in test/e2e/insertion-matrix.spec.ts): only after text.
 */
export const execInsertTextAfterText: Technique = {
  ...execInsertText,
  name: 'execCommand',
  applies: (editor) => readEditorText(editor).trim() !== '',
};

/** Textarea fallback: edit the value where the selection is, then tell the page as typing would. */
export const textareaRangeText: Technique = {
  name: 'setRangeText',
  run(editor, text) {
    if (!(editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)) return 'ignored';
    const start = editor.selectionStart ?? editor.value.length;
    const end = editor.selectionEnd ?? start;
    editor.setRangeText(text, start, end, 'end');
    // React-controlled fields notice the new value on `input` (its value tracker sees the change).
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return 'applied';
  },
};
