import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCascade } from './insert';
import type { Attempt, Technique } from './techniques';

// The cascade's one promise: the next technique runs only when the previous one provably did
// nothing, so that a link is never inserted twice.

const LINK = 'https://www.instagram.com/maya?utm_source=discord';
const TEXT = `${LINK} `;

beforeAll(() => {
  const { window } = parseHTML('<html><body></body></html>');
  // editor-text.ts tells text fields apart with these constructors.
  Object.assign(globalThis, {
    HTMLTextAreaElement: window.HTMLTextAreaElement,
    HTMLInputElement: window.HTMLInputElement,
  });
});

function editor(): HTMLElement {
  const { document } = parseHTML('<html><body><div contenteditable="true"></div></body></html>');
  return document.querySelector('div') as unknown as HTMLElement;
}

/** A technique that reports `attempt` and does `effect` to the editor, now or after some frames. */
function technique(
  name: string,
  attempt: Attempt,
  effect?: (el: HTMLElement) => void,
  afterFrames = 0,
): Technique {
  return {
    name,
    run: vi.fn((el: HTMLElement) => {
      if (!effect) return attempt;
      if (afterFrames === 0) effect(el);
      else {
        let frames = 0;
        pending = () => {
          frames += 1;
          if (frames === afterFrames) effect(el);
        };
      }
      return attempt;
    }),
  };
}

let pending: (() => void) | null = null;
const settle = async () => {
  pending?.();
};
const insert = (e: HTMLElement) => {
  e.textContent = `${e.textContent ?? ''}${TEXT}`;
};

describe('runCascade', () => {
  it('moves on when a technique provably did nothing', async () => {
    const el = editor();
    const first = technique('paste', 'ignored');
    const second = technique('execCommand', 'applied', insert);
    expect(await runCascade(el, [first, second], TEXT, LINK, settle, 50)).toEqual({
      ok: true,
      technique: 'execCommand',
    });
    expect(el.textContent).toBe(TEXT);
  });

  it('waits for an editor that took the text to show it (React renders later)', async () => {
    const el = editor();
    const first = technique('beforeinput', 'accepted', insert, 3);
    const second = technique('paste', 'applied', insert);
    expect(await runCascade(el, [first, second], TEXT, LINK, settle, 200)).toMatchObject({
      ok: true,
      technique: 'beforeinput',
    });
    expect(second.run).not.toHaveBeenCalled();
    expect(el.textContent).toBe(TEXT);
  });

  it('stops when an editor took the event but never showed the link', async () => {
    const el = editor();
    const first = technique('paste', 'accepted');
    const second = technique('execCommand', 'applied', insert);
    expect(await runCascade(el, [first, second], TEXT, LINK, settle, 20)).toEqual({
      ok: false,
      reason: 'unverified',
    });
    expect(second.run).not.toHaveBeenCalled();
  });

  it('stops when the text changed without the link (half an insertion)', async () => {
    const el = editor();
    const first = technique('paste', 'ignored', (e) => {
      e.textContent = 'https://www.insta';
    });
    const second = technique('execCommand', 'applied', insert);
    expect(await runCascade(el, [first, second], TEXT, LINK, settle, 20)).toEqual({
      ok: false,
      reason: 'unverified',
    });
    expect(second.run).not.toHaveBeenCalled();
  });

  it('says so when no technique got anything in', async () => {
    const el = editor();
    expect(
      await runCascade(el, [technique('a', 'ignored'), technique('b', 'ignored')], TEXT, LINK, settle, 20),
    ).toEqual({ ok: false, reason: 'not-accepted' });
    expect(el.textContent).toBe('');
  });
});
