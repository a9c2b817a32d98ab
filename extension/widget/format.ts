import type { Locale } from '../i18n/locale';

// Money arrives in integer cents; it is shown in whole dollars when it has no cents.

export function formatCents(cents: number, locale: Locale): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

export function formatRate(rate: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 1 }).format(
    rate,
  );
}

/** Earned as a share of the cap, 0–100, for the progress bar. */
export function capShare(earnedCents: number, capCents: number | null): number | null {
  if (!capCents || capCents <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((earnedCents / capCents) * 100)));
}
