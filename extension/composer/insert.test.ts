import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tiktokAdapter } from '../sites/tiktok';
import { CASCADE, cascadeFor, decide, runCascade } from './insert';
import type { Attempt, Technique } from './techniques';

// The cascade's one promise: each technique is judged by the editor's text read back, and the next
// one runs only when the previous one provably changed nothing, so that a link is never inserted
// twice and a technique that was "accepted" but did nothing (Firefox's empty paste) is not success.

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

describe('decide', () => {
  it('is done once the link shows, goes on only when nothing changed, else stops', () => {
    expect(decide({ kind: 'inserted', copies: 1 })).toBe('done');
    expect(decide({ kind: 'inserted', copies: 2 })).toBe('done');
    expect(decide({ kind: 'unchanged' })).toBe('next');
    expect(decide({ kind: 'changed' })).toBe('stop');
  });
});

describe('runCascade', () => {
  it('moves on when a technique provably did nothing', async () => {
    const el = editor();
    const first = technique('paste', 'ignored');
    const second = technique('execCommand', 'applied', insert);
    expect(await runCascade(el, [first, second], TEXT, LINK, settle, 50)).toEqual({
      ok: true,
      technique: 'execCommand',
      copies: 1,
    });
    expect(el.textContent).toBe(TEXT);
  });

  it('does not take an accepted event for success: accepted but empty moves on (Firefox paste)', async () => {
    const el = editor();
    const first = technique('paste', 'accepted');
    const second = technique('execCommand', 'applied', insert);
    expect(await runCascade(el, [first, second], TEXT, LINK, settle, 20)).toEqual({
      ok: true,
      technique: 'execCommand',
      copies: 1,
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

  it('stops when the text changed without the link (half an insertion)', async () => {
    const el = editor();
    const first = technique('paste', 'ignored', (e) => {
      e.textContent = 'https://www.insta';
    });
    const second = technique('execCommand', 'applied', insert);
    expect(await runCascade(el, [first, second], TEXT, LINK, settle, 20)).toEqual({
      ok: false,
      reason: 'unverified',
      tried: ['paste'],
    });
    expect(second.run).not.toHaveBeenCalled();
  });

  it('counts a link the editor applied twice, and tries nothing more', async () => {
    const el = editor();
    const first = technique('paste', 'accepted', (e) => {
      e.textContent = `${TEXT}${TEXT}`;
    });
    const second = technique('execCommand', 'applied', insert);
    expect(await runCascade(el, [first, second], TEXT, LINK, settle, 20)).toEqual({
      ok: true,
      technique: 'paste',
      copies: 2,
    });
    expect(second.run).not.toHaveBeenCalled();
  });

  it('skips a technique that does not apply to the editor as it is', async () => {
    const el = editor();
    const never = technique('execCommand', 'applied', insert);
    never.applies = () => false;
    expect(await runCascade(el, [technique('paste', 'accepted'), never], TEXT, LINK, settle, 20)).toEqual({
      ok: false,
      reason: 'not-accepted',
      tried: ['paste'],
    });
    expect(never.run).not.toHaveBeenCalled();
  });

  it('says so when no technique got anything in', async () => {
    const el = editor();
    expect(
      await runCascade(el, [technique('a', 'ignored'), technique('b', 'ignored')], TEXT, LINK, settle, 20),
    ).toEqual({ ok: false, reason: 'not-accepted', tried: ['a', 'b'] });
    expect(el.textContent).toBe('');
  });
});

/**
 * What each technique did to each editor, as recorded in the browsers (the fixtures' insertion
 * matrix in Chromium, the Firefox run of the same fixtures, shared/docs/firefox.md): what the
 * event reported, and what the editor's text showed afterwards.
 */
type Effect = 'inserted' | 'nothing' | 'twice';
type Recording = Record<string, { attempt: Attempt; effect: Effect }>;
const RECORDED: Record<string, Partial<Record<keyof typeof CASCADE, Recording>>> = {
  chromium: {
    draft: { paste: { attempt: 'accepted', effect: 'inserted' } },
    slate: { beforeinput: { attempt: 'accepted', effect: 'inserted' } },
    prosemirror: { execCommand: { attempt: 'applied', effect: 'inserted' } },
    contenteditable: { execCommand: { attempt: 'applied', effect: 'inserted' } },
    textarea: { execCommand: { attempt: 'applied', effect: 'inserted' } },
  },
  // Firefox before the paste carried its own init fields: Draft cancels the paste, shows nothing.
  'firefox, empty paste': {
    draft: {
      paste: { attempt: 'accepted', effect: 'nothing' },
      execCommand: { attempt: 'applied', effect: 'inserted' },
    },
    slate: {
      beforeinput: { attempt: 'ignored', effect: 'nothing' },
      paste: { attempt: 'accepted', effect: 'nothing' },
    },
  },
  'an editor that doubles a paste': {
    draft: { paste: { attempt: 'accepted', effect: 'twice' } },
  },
};

function recorded(recording: Recording, base: Technique): Technique {
  const rec = recording[base.name] ?? { attempt: 'ignored' as const, effect: 'nothing' as const };
  return {
    name: base.name,
    ...(base.applies ? { applies: base.applies } : {}),
    run: vi.fn((el: HTMLElement) => {
      if (rec.effect === 'inserted') insert(el);
      if (rec.effect === 'twice') el.textContent = `${el.textContent ?? ''}${TEXT}${TEXT}`;
      return rec.attempt;
    }),
  };
}

describe('the cascade on what each editor did', () => {
  const expected: Record<string, Record<string, unknown>> = {
    chromium: {
      draft: { ok: true, technique: 'paste', copies: 1 },
      slate: { ok: true, technique: 'beforeinput', copies: 1 },
      prosemirror: { ok: true, technique: 'execCommand', copies: 1 },
      contenteditable: { ok: true, technique: 'execCommand', copies: 1 },
      textarea: { ok: true, technique: 'execCommand', copies: 1 },
    },
    // Into an empty Draft editor execCommand is never tried (it corrupts it): copy instead.
    'firefox, empty paste': {
      draft: { ok: false, reason: 'not-accepted', tried: ['paste'] },
      slate: { ok: false, reason: 'not-accepted', tried: ['beforeinput', 'paste'] },
    },
    'an editor that doubles a paste': {
      draft: { ok: true, technique: 'paste', copies: 2 },
    },
  };
  for (const [browser, editors] of Object.entries(RECORDED)) {
    for (const [kind, recording] of Object.entries(editors)) {
      it(`${browser}: ${kind}`, async () => {
        const el = editor();
        const techniques = CASCADE[kind as keyof typeof CASCADE].map((t) => recorded(recording, t));
        const result = await runCascade(el, techniques, TEXT, LINK, settle, 20);
        expect(result).toEqual(expected[browser]?.[kind]);
      });
    }
  }

  it('Firefox, empty paste, after text in a Draft editor: execCommand follows, once', async () => {
    const el = editor();
    el.textContent = 'my_video ';
    const recording = RECORDED['firefox, empty paste']?.draft ?? {};
    const techniques = CASCADE.draft.map((t) => recorded(recording, t));
    expect(await runCascade(el, techniques, TEXT, LINK, settle, 20)).toEqual({
      ok: true,
      technique: 'execCommand',
      copies: 1,
    });
    expect(el.textContent).toBe(`my_video ${TEXT}`);
  });

  it('TikTok comments never get execCommand: an empty paste there is copied, not retried', async () => {
    const el = editor();
    el.textContent = 'great video ';
    const comment = tiktokAdapter.surfaces.find((s) => s.surface === 'comment');
    const recording = RECORDED['firefox, empty paste']?.draft ?? {};
    const techniques = cascadeFor('draft', comment?.never).map((t) => recorded(recording, t));
    expect(await runCascade(el, techniques, TEXT, LINK, settle, 20)).toEqual({
      ok: false,
      reason: 'not-accepted',
      tried: ['paste'],
    });
    expect(el.textContent).toBe('great video ');
  });
});
