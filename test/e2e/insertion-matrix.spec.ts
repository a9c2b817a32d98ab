// Which insertion technique reaches which editor's own state, measured on the fixtures (real
// Draft.js, Slate, ProseMirror; YouTube's input-driven model; a React-controlled textarea), into
// an untouched composer and after typed text. The table is written to
// test-results/fixtures/insertion-matrix.md and asserted, so a library upgrade that changes the
// answer shows up here first. This is what the extension's insertion cascade is built on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES, type SiteFixture } from '../fixtures/sites';
import { editorText, expect, gotoFixture, ROOT, submitEnabled, test } from './fixtures';
import { domText, insertWith, type Technique, techniquesFor } from './insertion';

const LINK = 'https://instagr.am/maya';
const MODES = ['untouched', 'after-text'] as const;
type Mode = (typeof MODES)[number];
const MATRIX_DIR = resolve(ROOT, 'test-results/fixtures/insertion-matrix');

/** The techniques that put the text into the editor's state, per editor (sites.md, measured). */
function expectedToReach(fixture: SiteFixture, mode: Mode): Technique[] {
  switch (fixture.editor) {
    case 'draft':
      // execCommand into an EMPTY Draft editor throws inside React (removeChild) and loses the
      // text: PixieBrix issues #7630/#8157. With text before the caret it works.
      return mode === 'untouched' && fixture.initialText === ''
        ? ['keyboard', 'paste-plain', 'paste-plain+html']
        : ['keyboard', 'execCommand', 'paste-plain', 'paste-plain+html'];
    case 'slate':
      // Chrome fires no beforeinput for execCommand, and Slate ignores `input`: the DOM changes,
      // the model does not.
      return ['keyboard', 'paste-plain', 'beforeinput'];
    case 'prosemirror':
      // ProseMirror's DOMObserver parses DOM mutations, so even a DOM write lands in its state.
      return ['keyboard', 'execCommand', 'paste-plain', 'paste-plain+html', 'dom-text'];
    case 'contenteditable':
      return ['keyboard', 'execCommand'];
    case 'textarea':
      return ['keyboard', 'execCommand', 'textarea-value+input', 'textarea-setRangeText+input'];
  }
}

interface Trial {
  fixture: string;
  editor: string;
  mode: Mode;
  technique: Technique;
  /** What the call reported (execCommand's return value; for events, whether a handler took it). */
  returned: string;
  /** How many times the text is in the editor's state (0 = lost, 2+ = duplicated). */
  inState: number;
  inDom: boolean;
  submitEnabled: boolean;
  pageErrors: string[];
}

const surfaces = FIXTURES.filter((f) => f.id !== 'substack-post-subdomain');

for (const fixture of surfaces) {
  test(`insertion matrix: ${fixture.id}`, async ({ page }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message.slice(0, 120)));
    const trials: Trial[] = [];
    const editable = fixture.editor === 'textarea' ? 'textarea' : 'contenteditable';
    for (const mode of MODES) {
      for (const technique of techniquesFor(editable)) {
        await gotoFixture(page, fixture);
        if (mode === 'after-text') {
          await page.locator(fixture.selectors.editor).click();
          await page.keyboard.press('ControlOrMeta+End');
          await page.keyboard.type('Hi ');
        }
        errors.length = 0;
        let returned: string;
        try {
          returned = String(await insertWith(page, fixture.selectors.editor, technique, LINK));
        } catch (error) {
          returned = `threw: ${(error as Error).message.split('\n')[0]}`;
        }
        const state = await editorText(page, fixture.surface);
        trials.push({
          fixture: fixture.id,
          editor: fixture.editor,
          mode,
          technique,
          returned,
          inState: state.split(LINK).length - 1,
          inDom: (await domText(page, fixture.selectors.editor)).includes(LINK),
          submitEnabled: await submitEnabled(page, fixture.surface),
          pageErrors: [...errors],
        });
      }
    }

    mkdirSync(MATRIX_DIR, { recursive: true });
    writeFileSync(resolve(MATRIX_DIR, `${fixture.id}.json`), `${JSON.stringify(trials, null, 2)}\n`);
    await testInfo.attach('trials', {
      body: JSON.stringify(trials, null, 2),
      contentType: 'application/json',
    });

    for (const mode of MODES) {
      const reached = trials.filter((t) => t.mode === mode && t.inState > 0).map((t) => t.technique);
      expect(reached, `${fixture.id} (${mode}): techniques whose text reached the editor state`).toEqual(
        expectedToReach(fixture, mode),
      );
    }
    expect(
      trials.filter((t) => t.inState > 1),
      'no technique inserts twice',
    ).toEqual([]);
  });
}
