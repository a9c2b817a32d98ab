// The widget follows the site's light or dark theme. Sites mark their theme differently
// (YouTube `html[dark]`, Discord `html.theme-dark`, TikTok `data-theme`), but all of them paint
// the page behind the composer: the widget reads that background's luminance instead.

export type Theme = 'light' | 'dark';

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` (what getComputedStyle returns) → channels, or null. */
export function parseColor(color: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alphaText = m[4];
  let alpha = 1;
  if (alphaText !== undefined)
    alpha = alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB color, 0 (black) to 1 (white). */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Dark when the first mostly opaque background behind `el` is dark; light when none is painted. */
export function themeBehind(el: Element | null, read: (el: Element) => string): Theme {
  for (let node = el; node; node = node.parentElement) {
    const color = parseColor(read(node));
    if (color && color[3] >= 0.5) return luminance(color[0], color[1], color[2]) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}

export function pageTheme(el: Element | null): Theme {
  return themeBehind(el, (node) => getComputedStyle(node).backgroundColor);
}
