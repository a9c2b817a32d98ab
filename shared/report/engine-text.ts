import type { Day } from '../dates/days';
import type { EngineLabel, PayoutNote } from '../engine/types';

// The words for what the engine says in data (shared/engine/types.ts EngineLabel, PayoutNote), in
// English and French. One dictionary for both readers: the terminal report (format-report.ts) and the
// dashboard (dashboard/i18n.ts puts it in its messages as `engine`). The renderers below take the
// reader's own formatting of money, counts, days, metrics and platforms.

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const pluralFr = (n: number, one: string, many: string) => (n <= 1 ? one : many);

const en = {
  reachCap: (metric: string) => `${metric} to reach the cap`,
  requirement: (n: string, metric: string) => `${n} ${metric}`,
  requirementOn: (n: string, metric: string, platform: string) => `${n} ${metric} on ${platform}`,
  distinctDays: (n: number, shown: string) =>
    `Posts on ${shown} ${plural(n, 'distinct day', 'distinct days')}`,
  obligation: (n: string, metric: string, month: number) => `${n} ${metric} in month ${month}`,
  windowNeeded: {
    cadence: 'Set the program window (the day the bonus started) to check the posting cadence',
    contract: 'Set the program window (the day the contract started) to check the monthly obligations',
  },
  schedule: {
    monthly: (day: number, months: number) =>
      months === 0
        ? `Paid on day ${day} of the month earned`
        : months === 1
          ? `Paid on day ${day} of the following month`
          : `Paid on day ${day} of the month ${months} months after the month earned`,
    afterMonthEnd: (days: number) =>
      `Paid ${days} ${plural(days, 'day', 'days')} after the end of the month earned`,
    afterWindow: (days: number, end: string) =>
      `Paid ${days} ${plural(days, 'day', 'days')} after the program ends (${end})`,
    afterWindowNoWindow:
      'Paid after the program ends, but it has no window: assumed paid on the 1st of the month after earning',
    afterAccrual: (days: number) => `Paid ${days} ${plural(days, 'day', 'days')} after it was earned`,
  },
  payer: (schedule: string, payer: string) => `${schedule}, by ${payer}`,
  sentence: (text: string) => `${text}.`,
  carried: (amount: string) => `Includes ${amount} carried over from earlier runs.`,
  forfeitWarning: (months: number) =>
    `Set up a payout account within ${months} ${plural(months, 'month', 'months')} or this is forfeited.`,
  underThreshold: (threshold: string, next: string) => `Under the ${threshold} payout threshold: ${next}.`,
  next: {
    'next-run': 'carried to the next payment run',
    later: (threshold: string) => `carried over until later earnings bring the balance to ${threshold}`,
    carried: 'carried over',
  },
  forfeited: (threshold: string) =>
    `Under the ${threshold} payout threshold, and this program does not carry balances over: forfeited.`,
  creators: (n: number) => `${n} creators together:`,
  creatorsUnder: (n: number) => `${n} creators, each under their own threshold:`,
  perCreator: 'per creator',
};

export type EngineWords = typeof en;

const fr: EngineWords = {
  reachCap: (metric) => `${metric} pour atteindre le plafond`,
  requirement: (n, metric) => `${n} ${metric}`,
  requirementOn: (n, metric, platform) => `${n} ${metric} sur ${platform}`,
  distinctDays: (n, shown) => `Publications sur ${shown} ${pluralFr(n, 'jour distinct', 'jours distincts')}`,
  obligation: (n, metric, month) => `${n} ${metric} au mois ${month}`,
  windowNeeded: {
    cadence:
      'Indiquez la période du programme (le jour où le bonus a commencé) pour vérifier la régularité des publications',
    contract:
      'Indiquez la période du programme (le jour où le contrat a commencé) pour vérifier les obligations mensuelles',
  },
  schedule: {
    monthly: (day, months) =>
      months === 0
        ? `Versé le ${day} du mois gagné`
        : months === 1
          ? `Versé le ${day} du mois suivant`
          : `Versé le ${day} du mois, ${months} mois après le mois gagné`,
    afterMonthEnd: (days) => `Versé ${days} ${pluralFr(days, 'jour', 'jours')} après la fin du mois gagné`,
    afterWindow: (days, end) =>
      `Versé ${days} ${pluralFr(days, 'jour', 'jours')} après la fin du programme (${end})`,
    afterWindowNoWindow:
      'Versé après la fin du programme, mais il n’a pas de période : supposé versé le 1er du mois suivant le gain',
    afterAccrual: (days) => `Versé ${days} ${pluralFr(days, 'jour', 'jours')} après avoir été gagné`,
  },
  payer: (schedule, payer) => `${schedule}, par ${payer}`,
  sentence: (text) => `${text}.`,
  carried: (amount) => `Dont ${amount} reportés des paiements précédents.`,
  forfeitWarning: (months) => `Créez un compte de paiement sous ${months} mois, sinon ce montant est perdu.`,
  underThreshold: (threshold, next) => `Sous le seuil de paiement de ${threshold} : ${next}.`,
  next: {
    'next-run': 'reporté au paiement suivant',
    later: (threshold) => `reporté jusqu’à ce que de nouveaux gains portent le solde à ${threshold}`,
    carried: 'reporté',
  },
  forfeited: (threshold) =>
    `Sous le seuil de paiement de ${threshold}, et ce programme ne reporte pas les soldes : perdu.`,
  creators: (n) => `${n} créateurs ensemble :`,
  creatorsUnder: (n) => `${n} créateurs, chacun sous son propre seuil :`,
  perCreator: 'par créateur',
};

export const ENGINE_WORDS: Record<'en' | 'fr', EngineWords> = { en, fr };

/** How the reader writes the values inside the engine's texts. */
export interface EngineTextFormat {
  money(cents: number): string;
  count(n: number): string;
  day(day: Day): string;
  metric(metric: string): string;
  platform(platform: string): string;
}

/** A progress item or pace label in words. */
export function labelText(w: EngineWords, fmt: EngineTextFormat, label: EngineLabel): string {
  switch (label.id) {
    case 'reach-cap':
      return w.reachCap(fmt.metric(label.metric));
    case 'tier':
      // The catalog's own name for the tier (sourced text, as the program names are).
      return label.text;
    case 'requirement':
      return label.platform
        ? w.requirementOn(fmt.count(label.min), fmt.metric(label.metric), fmt.platform(label.platform))
        : w.requirement(fmt.count(label.min), fmt.metric(label.metric));
    case 'distinct-days':
      return w.distinctDays(label.days, fmt.count(label.days));
    case 'obligation':
      return w.obligation(fmt.count(label.min), fmt.metric(label.metric), label.month);
    case 'window-needed':
      return w.windowNeeded[label.rule];
  }
}

/** A payout's note in words; `creators` (a team's entry) says how many creators it adds up. */
export function noteText(w: EngineWords, fmt: EngineTextFormat, note: PayoutNote, creators?: number): string {
  const text = noteBody(w, fmt, note);
  if (creators === undefined || creators < 2) return text;
  // Only a balance left under the threshold is each creator's own; a payment is the team's sum.
  const under = note.kind === 'under-threshold' || note.kind === 'forfeited';
  return `${under ? w.creatorsUnder(creators) : w.creators(creators)} ${text}`;
}

function noteBody(w: EngineWords, fmt: EngineTextFormat, note: PayoutNote): string {
  const forfeit = (months: number | undefined) =>
    months === undefined ? '' : ` ${w.forfeitWarning(months)}`;
  switch (note.kind) {
    case 'scheduled': {
      const s = note.schedule;
      let when: string;
      switch (s.type) {
        case 'monthly':
          when = w.schedule.monthly(s.dayOfMonth, s.monthsAfter);
          break;
        case 'after_month_end':
          when = w.schedule.afterMonthEnd(s.days);
          break;
        case 'after_window':
          when = note.windowEnd
            ? w.schedule.afterWindow(s.days, fmt.day(note.windowEnd))
            : w.schedule.afterWindowNoWindow;
          break;
        case 'after_accrual':
          when = w.schedule.afterAccrual(s.days);
          break;
      }
      const head = w.sentence(note.payer ? w.payer(when, note.payer) : when);
      const carried = note.carriedCents > 0 ? ` ${w.carried(fmt.money(note.carriedCents))}` : '';
      return `${head}${carried}${forfeit(note.forfeitAfterMonths)}`;
    }
    case 'under-threshold': {
      const threshold = fmt.money(note.thresholdCents);
      const next = note.next === 'later' ? w.next.later(threshold) : w.next[note.next];
      return `${w.underThreshold(threshold, next)}${forfeit(note.forfeitAfterMonths)}`;
    }
    case 'forfeited':
      return w.forfeited(fmt.money(note.thresholdCents));
  }
}
