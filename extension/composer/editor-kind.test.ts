import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { deepActiveElement, editableRoot, editorKindOf } from './editor-kind';

// A field no adapter knows: its editor is told from the marks each framework puts on its root.

beforeAll(() => {
  const { window } = parseHTML('<html><body></body></html>');
  // editor-text.ts and editor-kind.ts tell text fields apart with these constructors.
  Object.assign(globalThis, {
    HTMLTextAreaElement: window.HTMLTextAreaElement,
    HTMLInputElement: window.HTMLInputElement,
  });
});

function page(body: string) {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  const $ = (selector: string) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector}`);
    return el as unknown as HTMLElement;
  };
  return { document, $ };
}

describe('editorKindOf', () => {
  it('reads Slate, Draft, ProseMirror, text fields and plain contenteditables', () => {
    const { $ } = page(`
      <div id="slate" role="textbox" data-slate-editor="true" contenteditable="true"><p data-slate-node="element"><span id="in-slate">hi</span></p></div>
      <div class="DraftEditor-root"><div id="draft" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true"></div></div></div>
      <div id="draft-bare" contenteditable="true"><div data-contents="true"></div></div>
      <div id="pm" class="tiptap ProseMirror" contenteditable="true"><p>x</p></div>
      <textarea id="ta"></textarea>
      <input id="search" type="search">
      <div id="plain" contenteditable="true"></div>`);
    expect(editorKindOf($('#slate'))).toBe('slate');
    expect(editorKindOf($('#in-slate'))).toBe('slate');
    expect(editorKindOf($('#draft'))).toBe('draft');
    expect(editorKindOf($('#draft-bare'))).toBe('draft');
    expect(editorKindOf($('#pm'))).toBe('prosemirror');
    expect(editorKindOf($('#ta'))).toBe('textarea');
    expect(editorKindOf($('#search'))).toBe('textarea');
    expect(editorKindOf($('#plain'))).toBe('contenteditable');
  });
});

describe('editableRoot', () => {
  it('climbs from a node inside an editor to the editor root, past non-editable islands', () => {
    const { $ } = page(`
      <div id="wrap" contenteditable="false">
        <div id="root" contenteditable="true"><p><span contenteditable="false"><b id="ph">Say hi</b></span><i id="t">x</i></p></div>
      </div>`);
    expect(editableRoot($('#t'))).toBe($('#root'));
    expect(editableRoot($('#ph'))).toBe($('#root'));
    expect(editableRoot($('#root'))).toBe($('#root'));
  });

  it('takes writable text-like fields and nothing else', () => {
    const { $ } = page(`
      <textarea id="ta"></textarea><textarea id="ro" readonly></textarea><textarea id="off" disabled></textarea>
      <input id="text"><input id="url" type="url"><input id="odd" type="fancy">
      <input id="pw" type="password"><input id="box" type="checkbox"><input id="num" type="number">
      <button id="btn">b</button><div id="div">d</div><div contenteditable="false" id="no">n</div>`);
    for (const id of ['ta', 'text', 'url']) expect(editableRoot($(`#${id}`))).toBe($(`#${id}`));
    for (const id of ['odd', 'ro', 'off', 'pw', 'box', 'num', 'btn', 'div', 'no'])
      expect(editableRoot($(`#${id}`)), id).toBeNull();
    expect(editableRoot(null)).toBeNull();
  });
});

describe('deepActiveElement', () => {
  it('follows focus into open shadow roots', () => {
    const inner = { shadowRoot: null } as unknown as Element;
    const host = { shadowRoot: { activeElement: inner } } as unknown as Element;
    expect(deepActiveElement({ activeElement: host } as unknown as Document)).toBe(inner);
    expect(deepActiveElement({ activeElement: inner } as unknown as Document)).toBe(inner);
    expect(deepActiveElement({ activeElement: null } as unknown as Document)).toBeNull();
  });
});
