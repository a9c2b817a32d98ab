import { describe, expect, it } from 'vitest';
import { capShare, formatCents, formatRate } from './format';

describe('widget formatting', () => {
  it('shows whole dollars without cents and keeps cents otherwise', () => {
    expect(formatCents(2_000_000, 'en')).toBe('$20,000');
    expect(formatCents(1050, 'en')).toBe('$10.50');
    expect(formatCents(2_000_000, 'fr').replace(/\s/g, ' ')).toBe('20 000 $US');
  });

  it('rounds rates to one decimal', () => {
    expect(formatRate(3.26, 'en')).toBe('3.3');
    expect(formatRate(2.44, 'fr')).toBe('2,4');
  });

  it('clamps the share of the cap', () => {
    expect(capShare(500, 1000)).toBe(50);
    expect(capShare(5000, 1000)).toBe(100);
    expect(capShare(5, null)).toBeNull();
  });
});
