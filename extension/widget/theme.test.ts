import { describe, expect, it } from 'vitest';
import { luminance, parseColor, themeBehind } from './theme';

describe('theme', () => {
  it('parses computed colors', () => {
    expect(parseColor('rgb(15, 15, 15)')).toEqual([15, 15, 15, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(parseColor('transparent')).toBeNull();
  });

  it('orders luminance from black to white', () => {
    expect(luminance(0, 0, 0)).toBe(0);
    expect(luminance(255, 255, 255)).toBeCloseTo(1);
    expect(luminance(49, 51, 56)).toBeLessThan(0.2); // Discord's dark grey
    expect(luminance(249, 249, 249)).toBeGreaterThan(0.2);
  });

  it('reads the first painted background up the tree', () => {
    type Node = { bg: string; parentElement: Node | null };
    const html: Node = { bg: 'rgb(15, 15, 15)', parentElement: null };
    const body: Node = { bg: 'rgba(0, 0, 0, 0)', parentElement: html };
    const box: Node = { bg: 'rgba(0, 0, 0, 0)', parentElement: body };
    const read = (n: Element) => (n as unknown as Node).bg;
    expect(themeBehind(box as unknown as Element, read)).toBe('dark');
    html.bg = 'rgb(255, 255, 255)';
    expect(themeBehind(box as unknown as Element, read)).toBe('light');
    html.bg = 'rgba(0, 0, 0, 0)';
    expect(themeBehind(box as unknown as Element, read)).toBe('light');
  });
});
