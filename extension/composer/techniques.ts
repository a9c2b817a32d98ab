// The ways text can be put into each kind of editor so that the editor's own model takes it
// (sites.md, the table). Each reports what it could observe right away:
// - 'accepted': the editor took the event (cancelled it to apply the text itself);
// - 'applied': the browser changed the DOM (execCommand, setRangeText);
// - 'ignored': nothing happened — only then may the next technique be tried.

export type Attempt = 'accepted' | 'applied' | 'ignored';

export interface Technique {
  name: string;
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
 * A paste whose clipboard holds `text/plain` only: Draft.js and Slate take it as plain text (with
 * `text/html` too, Slate ignores it). Untrusted, so the browser itself never inserts anything.
 */
export const syntheticPaste: Technique = {
  name: 'paste',
  run(editor, text) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
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
