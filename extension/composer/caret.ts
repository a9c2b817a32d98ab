import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Clicking our widget would move focus out of the editor and lose the caret: the widget's buttons
// cancel `mousedown`, and in case focus moved anyway (keyboard, touch) the last caret each editor
// had is kept here and put back before inserting (sites.md "Focus and caret"; PixieBrix #7830).

export interface CaretKeeper {
  /** Starts remembering the caret of this editor. */
  watch(editor: HTMLElement): void;
  forget(editor: HTMLElement): void;
  /** The editor's last caret, if it is still inside the editor. */
  saved(editor: HTMLElement): Range | null;
}

export function createCaretKeeper(ctx: ContentScriptContext): CaretKeeper {
  const ranges = new Map<HTMLElement, Range>();

  ctx.addEventListener(document, 'selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const node = selection.anchorNode;
    if (!node) return;
    for (const editor of ranges.keys()) {
      if (editor.contains(node)) {
        ranges.set(editor, selection.getRangeAt(0).cloneRange());
        return;
      }
    }
  });

  return {
    watch(editor) {
      if (!ranges.has(editor)) ranges.set(editor, document.createRange());
    },
    forget(editor) {
      ranges.delete(editor);
    },
    saved(editor) {
      const range = ranges.get(editor);
      if (!range || range.startContainer === document) return null;
      return editor.contains(range.startContainer) && editor.contains(range.endContainer) ? range : null;
    },
  };
}
