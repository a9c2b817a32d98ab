import { describe, expect, it } from 'vitest';
import { QR_MARGIN, qrFilename, qrMatrix, qrPathData } from './qr';

describe('qrMatrix', () => {
  it('encodes a tagged link into a square code with the three finder patterns', () => {
    const m = qrMatrix('https://www.instagram.com/creator/?utm_source=tiktok&utm_medium=referral');
    expect(m.size).toBeGreaterThanOrEqual(21);
    expect((m.size - 17) % 4).toBe(0);
    // Finder patterns: dark corners at top-left, top-right and bottom-left, light at bottom-right's centre.
    expect(m.isDark(0, 0)).toBe(true);
    expect(m.isDark(0, m.size - 1)).toBe(true);
    expect(m.isDark(m.size - 1, 0)).toBe(true);
  });

  it('grows with the text and accepts non-ASCII (as UTF-8)', () => {
    expect(qrMatrix(`https://a.b/${'x'.repeat(300)}`).size).toBeGreaterThan(qrMatrix('https://a.b/').size);
    expect(() => qrMatrix('https://www.instagram.com/café/')).not.toThrow();
  });
});

describe('qrPathData', () => {
  it('draws one rectangle per run of dark modules, offset by the quiet zone', () => {
    const dark = new Set(['0,0', '0,1', '2,1']);
    const m = { size: 3, isDark: (r: number, c: number) => dark.has(`${r},${c}`) };
    expect(qrPathData(m, 0)).toBe('M0 0h2v1h-2zM1 2h1v1h-1z');
    expect(qrPathData(m)).toBe(
      `M${QR_MARGIN} ${QR_MARGIN}h2v1h-2zM${QR_MARGIN + 1} ${QR_MARGIN + 2}h1v1h-1z`,
    );
  });
});

describe('qrFilename', () => {
  it('makes a safe file name from a label or an address', () => {
    expect(qrFilename('Mon profil été', 'tiktok')).toBe('promo-ledger-qr-mon-profil-ete-tiktok.png');
    expect(qrFilename('https://www.instagram.com/x/', null)).toBe('promo-ledger-qr-www-instagram-com-x.png');
    expect(qrFilename('!!!', null)).toBe('promo-ledger-qr-link.png');
  });
});
