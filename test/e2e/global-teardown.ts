// Merges the per-fixture results of insertion-matrix.spec.ts into one readable table:
// test-results/fixtures/insertion-matrix.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './fixtures';

interface Trial {
  fixture: string;
  editor: string;
  mode: string;
  technique: string;
  inState: number;
  inDom: boolean;
  pageErrors: string[];
}

export default function globalTeardown(): void {
  const dir = resolve(ROOT, 'test-results/fixtures/insertion-matrix');
  if (!existsSync(dir)) return;
  const trials: Trial[] = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Trial[]);
  const techniques = [...new Set(trials.map((t) => t.technique))];
  const rows = [...new Set(trials.map((t) => `${t.fixture}|${t.editor}|${t.mode}`))];
  const cell = (t: Trial | undefined) => {
    if (!t) return '';
    const mark = t.inState > 1 ? 'DUPLICATED' : t.inState === 1 ? 'yes' : t.inDom ? 'DOM only' : 'no';
    return t.pageErrors.length > 0 ? `${mark} (page error)` : mark;
  };
  const lines = [
    '# Does the text reach the editor state?',
    '',
    '"DOM only": the page shows the text but the editor model (what gets sent) does not have it.',
    '',
    `| fixture | editor | caret | ${techniques.join(' | ')} |`,
    `|---|---|---|${techniques.map(() => '---').join('|')}|`,
    ...rows.map((row) => {
      const [fixture, editor, mode] = row.split('|');
      const cells = techniques.map((tech) =>
        cell(trials.find((t) => t.fixture === fixture && t.mode === mode && t.technique === tech)),
      );
      return `| ${fixture} | ${editor} | ${mode} | ${cells.join(' | ')} |`;
    }),
    '',
  ];
  writeFileSync(resolve(ROOT, 'test-results/fixtures/insertion-matrix.md'), lines.join('\n'));
}
