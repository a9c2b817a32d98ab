import { parseHTML } from 'linkedom';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { WORDS } from './cues';
import { createSubmitWatch, type Posted } from './submit-watch';
import type { Composer, SurfaceSpec } from './types';

// The submit watch's decisions on the cue vocabulary (issue 9 §1): buttons found by their text in
// several languages, only visible and enabled ones; a confirmation step that waits however long
// the user takes; success by URL, toast text or a control disabled again; a send the page never
// confirms is reported once, a cancelled one not at all. Layout is stubbed (linkedom has none):
// `data-size="0"` draws an element 0×0, everything else 10×10.

const LINK = 'https://www.instagram.com/mayamakes/?igsh=promo';
const win = parseHTML('<!doctype html><html><body></body></html>');
const { document } = win;
const saved = {
  document: globalThis.document,
  location: globalThis.location,
  HTMLTextAreaElement: globalThis.HTMLTextAreaElement,
  HTMLInputElement: globalThis.HTMLInputElement,
  Element: globalThis.Element,
  NodeFilter: globalThis.NodeFilter,
};
const loc = { href: 'https://substack.com/publish/post/123', pathname: '/publish/post/123' };
Object.assign(globalThis, {
  document,
  location: loc,
  HTMLTextAreaElement: win.HTMLTextAreaElement,
  HTMLInputElement: win.HTMLInputElement,
  Element: win.Element,
  NodeFilter: { SHOW_TEXT: 4 },
});
const proto = win.Element.prototype as unknown as Element;
proto.getBoundingClientRect = function (this: Element) {
  const size = this.closest('[data-size="0"]') ? 0 : 10;
  return { x: 0, y: 0, top: 0, left: 0, right: size, bottom: size, width: size, height: size } as DOMRect;
};
proto.getClientRects = function (this: Element) {
  return (this.closest('[data-size="0"]') ? [] : [this.getBoundingClientRect()]) as unknown as DOMRectList;
};
afterAll(() => Object.assign(globalThis, saved));

function navigate(path: string) {
  loc.pathname = path;
  loc.href = `https://substack.com${path}`;
}

const ctx = {
  addEventListener: (
    target: EventTarget,
    type: string,
    fn: EventListener,
    options?: AddEventListenerOptions,
  ) => target.addEventListener(type, fn, options),
  setInterval: (fn: () => void, ms: number) => setInterval(fn, ms) as unknown as number,
} as unknown as ContentScriptContext;

/** A click as the user makes it (the watch ignores untrusted ones). */
function click(el: Element | null) {
  if (!el) throw new Error('nothing to click');
  const event = new win.Event('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  Object.defineProperty(event, 'composedPath', { value: () => [el] });
  el.dispatchEvent(event);
}

function setup(spec: Partial<SurfaceSpec>, html: string) {
  navigate('/publish/post/123');
  document.body.innerHTML = html;
  const editor = document.querySelector('#editor') as unknown as HTMLElement;
  const full: SurfaceSpec = {
    surface: 'post',
    editor: 'prosemirror',
    selector: '#editor',
    submit: {},
    success: {},
    ...spec,
  };
  const posted: Posted[] = [];
  const unconfirmed: string[] = [];
  const watch = createSubmitWatch(
    ctx,
    (p) => posted.push(p),
    (s) => unconfirmed.push(s.surface),
  );
  const composer: Composer = { spec: full, editor, box: editor };
  watch.track(composer, { link: LINK, linkId: 'l1' });
  const $ = (selector: string) => document.querySelector(selector);
  return { editor, posted, unconfirmed, watch, $ };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const SUBSTACK_POST: Partial<SurfaceSpec> = {
  submit: { press: [{ names: WORDS.continue }], confirm: [{ names: WORDS.sendToEveryone }] },
  success: { url: /^\/p\/[^/]+/ },
};

describe('submit watch: a confirmation step', () => {
  it('"Continuer" then "Envoyer à tous maintenant" minutes later: posted once, on /p/<slug>', () => {
    const { posted, unconfirmed, $ } = setup(
      SUBSTACK_POST,
      `<div id="editor">Hello ${LINK}</div><button id="go">Continuer</button>`,
    );
    click($('#go'));
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><button id="send"> Envoyer à tous  maintenant </button></div>',
    );
    vi.advanceTimersByTime(5 * 60_000);
    expect(posted).toHaveLength(0);
    expect(unconfirmed).toHaveLength(0);
    click($('#send'));
    navigate('/p/hello-world');
    vi.advanceTimersByTime(300);
    expect(posted.map((p) => p.pageUrl)).toEqual(['https://substack.com/publish/post/123']);
    vi.advanceTimersByTime(60_000);
    expect(posted).toHaveLength(1);
    expect(unconfirmed).toHaveLength(0);
  });

  it('a step closed without confirming ends quietly: nothing posted, nothing reported', () => {
    const { editor, posted, unconfirmed, $ } = setup(
      SUBSTACK_POST,
      `<div id="editor">Hello ${LINK}</div><button id="go">Continue</button>`,
    );
    click($('#go'));
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog" id="d"><button>Send to everyone now</button></div>',
    );
    vi.advanceTimersByTime(40_000);
    // "Back": the step closes and the editor is drawn anew (the old one has left the page).
    $('#d')?.remove();
    editor.remove();
    vi.advanceTimersByTime(40_000);
    expect(posted).toHaveLength(0);
    expect(unconfirmed).toHaveLength(0);
  });

  it('"Post now" counts only inside a dialog', () => {
    const { posted, $ } = setup(
      {
        submit: { press: [{ names: WORDS.post }], confirm: [{ names: WORDS.postNow, inDialog: true }] },
        success: { url: /^\/tiktokstudio\/content/ },
      },
      `<div id="editor">my_video ${LINK}</div><button id="post">Publier</button><button id="loose">Publier maintenant</button>`,
    );
    click($('#post'));
    click($('#loose'));
    vi.advanceTimersByTime(31_000);
    // Not confirmed: the watch ended quietly; a URL change now is not this post's.
    navigate('/tiktokstudio/content');
    vi.advanceTimersByTime(300);
    expect(posted).toHaveLength(0);
  });
});

describe('submit watch: which presses count', () => {
  const YT: Partial<SurfaceSpec> = {
    form: '#box',
    submit: { press: [{ names: WORDS.post }] },
    success: { added: '.thread', cleared: true },
  };

  it('the 0×0 twin of the Post button does not start a watch; the visible one does', () => {
    const { editor, posted, $ } = setup(
      YT,
      `<div id="box"><div id="editor">${LINK}</div><button id="twin" aria-label="Post" data-size="0"></button><button id="real" aria-label="Post">Post</button></div>`,
    );
    click($('#twin'));
    editor.textContent = '';
    document.body.insertAdjacentHTML('beforeend', `<div class="thread">${LINK}</div>`);
    vi.advanceTimersByTime(1000);
    expect(posted).toHaveLength(0);
    editor.textContent = LINK;
    $('.thread')?.remove();
    click($('#real'));
    editor.textContent = '';
    document.body.insertAdjacentHTML('beforeend', `<div class="thread">${LINK}</div>`);
    vi.advanceTimersByTime(300);
    expect(posted).toHaveLength(1);
  });

  it('a disabled button, a button outside the form, or a longer label ("Posts") does not count', () => {
    const { editor, posted, unconfirmed, $ } = setup(
      YT,
      `<div id="box"><div id="editor">${LINK}</div><button id="off" disabled>Post</button><button id="tab">Posts</button></div><button id="out">Post</button>`,
    );
    click($('#off'));
    click($('#tab'));
    click($('#out'));
    editor.textContent = '';
    vi.advanceTimersByTime(40_000);
    expect(posted).toHaveLength(0);
    expect(unconfirmed).toHaveLength(0);
  });

  it('names match in any listed language, whatever the case and spacing', () => {
    const { editor, posted, $ } = setup(
      YT,
      `<div id="box"><div id="editor">${LINK}</div><button id="es"><span> PUBLICAR </span></button></div>`,
    );
    click($('#es span'));
    editor.textContent = '';
    document.body.insertAdjacentHTML('beforeend', '<div class="thread">new</div>');
    vi.advanceTimersByTime(300);
    expect(posted).toHaveLength(1);
  });
});

describe('submit watch: success cues', () => {
  it('a "Note envoyée" toast that was not there at the send', () => {
    const { posted, editor, $ } = setup(
      { submit: { press: [{ names: WORDS.post }] }, success: { text: WORDS.noteSent, cleared: true } },
      `<div class="toast">Note envoyée</div><div role="dialog" id="d"><div id="editor">${LINK}</div><button id="p">Publier</button></div>`,
    );
    click($('#p'));
    vi.advanceTimersByTime(1000);
    expect(posted).toHaveLength(0);
    $('#d')?.remove();
    expect(editor.isConnected).toBe(false);
    vi.advanceTimersByTime(1000);
    // The old toast is not ours.
    expect(posted).toHaveLength(0);
    document.body.insertAdjacentHTML('beforeend', '<div class="toast"><span>Note envoyée</span></div>');
    vi.advanceTimersByTime(300);
    expect(posted).toHaveLength(1);
  });

  it('Save disabled again (Studio), not at the press itself', () => {
    const { posted, $ } = setup(
      { submit: { press: [{ selector: '#save' }] }, success: { disabledAgain: true } },
      `<div id="editor">Gear list ${LINK}</div><button id="save">Save</button>`,
    );
    click($('#save'));
    $('#save')?.setAttribute('disabled', '');
    expect(posted).toHaveLength(0);
    vi.advanceTimersByTime(300);
    expect(posted).toHaveLength(1);
  });

  it('a send that empties the composer and shows no success cue is reported, once', () => {
    const { editor, posted, unconfirmed, $ } = setup(
      {
        form: '#box',
        submit: { press: [{ names: WORDS.post }] },
        success: { added: '.thread', cleared: true },
      },
      `<div id="box"><div id="editor">${LINK}</div><button id="p">Post</button></div>`,
    );
    click($('#p'));
    editor.textContent = '';
    vi.advanceTimersByTime(31_000);
    vi.advanceTimersByTime(60_000);
    expect(posted).toHaveLength(0);
    expect(unconfirmed).toEqual(['post']);
  });

  it('a refused send (the link is still in the composer) is not reported', () => {
    const { posted, unconfirmed, $ } = setup(
      {
        form: '#box',
        submit: { press: [{ names: WORDS.post }] },
        success: { added: '.thread', cleared: true },
      },
      `<div id="box"><div id="editor">${LINK}</div><button id="p">Post</button></div>`,
    );
    click($('#p'));
    vi.advanceTimersByTime(31_000);
    expect(posted).toHaveLength(0);
    expect(unconfirmed).toHaveLength(0);
  });
});
