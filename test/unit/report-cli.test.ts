import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The report command as a user runs it: through tsx, on files, reading stdout, stderr and the exit code.

const run = promisify(execFile);
const CLI = ['node_modules/.bin/tsx', 'dashboard/cli/report.ts'];

async function report(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(CLI[0] as string, [CLI[1] as string, ...args], {
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'promo-report-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('npm run report', () => {
  it('prints the demo report, marked as demo, with no input', async () => {
    const r = await report();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DEMO DATA');
    expect(r.stdout).toContain('Instagram Referrals (2025)');
    expect(r.stdout).toMatch(/Earned\s+\$13,900\.00 of \$20,000\.00 cap/);
    expect(r.stdout).toContain('Next payout');
  }, 30_000);

  it('prints the same report as JSON, and reads results, programs and as-of', async () => {
    const results = file(
      'results.csv',
      'date,program,metric,count,platform\r\n2025-05-12,instagram-referrals-2025,signups,150,tiktok\r\n2025-05-13,instagram-referrals-2025,signups,60,youtube\r\n2025-05-13,facebook-stars,stars,3000,facebook\r\n',
    );
    const programs = file(
      'programs.json',
      JSON.stringify({ programs: { 'facebook-stars': { enabled: true } } }),
    );
    const r = await report('--results', results, '--programs', programs, '--as-of', '2025-05-20', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.demo).toBe(false);
    expect(json.asOf).toBe('2025-05-20');
    const referrals = json.programs.find((p: { id: string }) => p.id === 'instagram-referrals-2025');
    // 210 sign-ups: the cap pays 200 of them, reached on the second day.
    expect(referrals.earnedCents).toBe(2_000_000);
    expect(referrals.capReached).toBe(true);
    expect(referrals.capDate).toBe('2025-05-13');
    const stars = json.programs.find((p: { id: string }) => p.id === 'facebook-stars');
    expect(stars.earnedCents).toBe(3000);
  }, 30_000);

  it('names the file, row and field of bad input, and exits non-zero', async () => {
    const bad = file(
      'bad.csv',
      'date,program,metric,count\n2025-05-12,instagram-referrals-2025,signups,3\n2025-02-30,instagram-referrals-2025,signups,x\n',
    );
    const r = await report('--results', bad);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('bad.csv');
    expect(r.stderr).toMatch(/row 3, date:/);
    expect(r.stderr).toMatch(/row 3, count:/);
    expect(r.stdout).toBe('');
  }, 30_000);

  it('rejects a custom program with the bad field named, a bad day and a missing file', async () => {
    const programs = file(
      'custom.json',
      JSON.stringify([
        {
          id: 'my-deal',
          name: 'My deal',
          kind: 'contract',
          monthlyCents: -1,
          months: 3,
          payout: { schedule: { type: 'after_month_end', days: 10 } },
        },
      ]),
    );
    const r1 = await report('--programs', programs);
    expect(r1.code).not.toBe(0);
    expect(r1.stderr).toContain('customPrograms[0].monthlyCents');
    const r2 = await report('--as-of', '2025-13-01');
    expect(r2.code).not.toBe(0);
    expect(r2.stderr).toContain('--as-of');
    const r3 = await report('--log', join(dir, 'missing.json'));
    expect(r3.code).not.toBe(0);
    expect(r3.stderr).toContain('no such file');
  }, 30_000);

  it('reads files as strict UTF-8: an invalid byte is named by file and offset, and stops it', async () => {
    const path = join(dir, 'latin1.csv');
    const head = Buffer.from(
      'date,program,metric,count,member\r\n2025-05-12,instagram-referrals-2025,signups,3,L',
    );
    writeFileSync(path, Buffer.concat([head, Buffer.from([0xe9]), Buffer.from('o\r\n')]));
    const r = await report('--results', path);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toContain(`invalid byte at offset ${head.length}`);
  }, 30_000);

  it('reports an export with the same event id twice, per item, and exits non-zero', async () => {
    const event = {
      id: 'e1',
      time: '2025-05-12T18:00:00Z',
      platform: 'tiktok',
      surface: 'comment',
      action: 'posted',
      linkId: 'l1',
      pageUrl: 'https://www.tiktok.com/@x',
    };
    const log = file(
      'twice.json',
      JSON.stringify({
        format: 'promo-ledger',
        version: 1,
        exportedAt: '2025-06-08T20:00:00Z',
        events: [event, { ...event, platform: 'youtube', pageUrl: 'https://www.youtube.com/watch?v=x' }],
        results: [],
      }),
    );
    const r = await report('--log', log);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('events[1]: has the same id as events[0] but different content');
  }, 30_000);
});
