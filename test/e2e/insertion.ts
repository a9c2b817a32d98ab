// The ways a script can try to put text into a site's composer, run in the page's main world.
// The fixture specs use them to show which ones reach each editor's own state (see
// insertion-matrix.spec.ts); the extension's e2e tests can reuse them as baselines.
import type { Page } from '@playwright/test';

export const TECHNIQUES = [
  'keyboard',
  'execCommand',
  'paste-plain',
  'paste-plain+html',
  'beforeinput',
  'dom-text',
  'textarea-value',
  'textarea-value+input',
  'textarea-setRangeText+input',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** Which techniques make sense for an editable kind. */
export function techniquesFor(editable: 'textarea' | 'contenteditable'): Technique[] {
  return editable === 'textarea'
    ? [
        'keyboard',
        'execCommand',
        'paste-plain',
        'textarea-value',
        'textarea-value+input',
        'textarea-setRangeText+input',
      ]
    : ['keyboard', 'execCommand', 'paste-plain', 'paste-plain+html', 'beforeinput', 'dom-text'];
}

/**
 * Focuses the editable and puts the caret at the end of its text, the way a click after the last
 * character would (a contenteditable's last text node, a textarea's value end).
 */
export async function caretAtEnd(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no editable ${sel}`);
    el.focus();
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      el.setSelectionRange(el.value.length, el.value.length);
      return;
    }
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.closest('[contenteditable="false"]')) last = n as Text;
    }
    const range = document.createRange();
    if (last) {
      // Slate's empty line holds a zero-width "\uFEFF": the caret goes before it, like a click.
      const offset = last.data === '\uFEFF' ? 0 : last.data.length;
      range.setStart(last, offset);
    } else range.selectNodeContents(el);
    range.collapse(false);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, selector);
  // Editors learn about the caret from `selectionchange`, which is dispatched asynchronously.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 30)));
}

/** Inserts `text` at the end of the editable with one technique; returns what the call reported. */
export async function insertWith(
  page: Page,
  selector: string,
  technique: Technique,
  text: string,
): Promise<unknown> {
  if (technique === 'keyboard') {
    await caretAtEnd(page, selector);
    await page.keyboard.type(text);
    return true;
  }
  if (technique !== 'dom-text' && technique !== 'textarea-value') await caretAtEnd(page, selector);
  const result = await page.evaluate(
    ({ sel, how, value }) => {
      const el = document.querySelector<HTMLElement>(sel);
      if (!el) throw new Error(`no editable ${sel}`);
      switch (how) {
        case 'execCommand':
          return document.execCommand('insertText', false, value);
        case 'paste-plain':
        case 'paste-plain+html': {
          const data = new DataTransfer();
          data.setData('text/plain', value);
          if (how === 'paste-plain+html') data.setData('text/html', `<span>${value}</span>`);
          const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
          return !el.dispatchEvent(event); // true when a handler took it (preventDefault)
        }
        case 'beforeinput': {
          const event = new InputEvent('beforeinput', {
            inputType: 'insertText',
            data: value,
            bubbles: true,
            cancelable: true,
            composed: true,
          });
          return !el.dispatchEvent(event);
        }
        case 'dom-text':
          // What a naive script does: append to the DOM text; no event at all.
          if (el instanceof HTMLTextAreaElement) el.value += value;
          else el.textContent = `${el.textContent ?? ''}${value}`;
          return true;
        case 'textarea-value':
          (el as HTMLTextAreaElement).value += value;
          return true;
        case 'textarea-value+input': {
          // The "React trick": the prototype's setter bypasses React's value tracker.
          const area = el as HTMLTextAreaElement;
          const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
          setter?.call(area, area.value + value);
          return area.dispatchEvent(new Event('input', { bubbles: true }));
        }
        case 'textarea-setRangeText+input': {
          const area = el as HTMLTextAreaElement;
          area.setRangeText(value, area.selectionStart, area.selectionEnd, 'end');
          return area.dispatchEvent(
            new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }),
          );
        }
        default:
          throw new Error(`unknown technique ${how}`);
      }
    },
    { sel: selector, how: technique, value: text },
  );
  // Let React/Slate flush their updates before anyone reads the state.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return result;
}

/** The text the DOM shows in the editable (what a user sees), independent of the editor's model. */
export function domText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) return '';
    return el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
  }, selector);
}
