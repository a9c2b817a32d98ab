import type { PromotionEvent } from '../../shared/schemas/event';

/** Test helper: `n` valid events with ids `<prefix>-0` …, a second apart. */
export function makeEvents(
  n: number,
  prefix = 'ev',
  overrides: Partial<PromotionEvent> = {},
): PromotionEvent[] {
  const start = Date.UTC(2025, 4, 12, 12, 0, 0);
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    time: new Date(start + i * 1_000).toISOString(),
    platform: 'discord',
    surface: 'message',
    action: 'posted',
    linkId: 'link-main',
    pageUrl: 'https://discord.com/channels/1000/2000',
    ...overrides,
  }));
}
