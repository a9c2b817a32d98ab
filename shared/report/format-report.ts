import type { Pace } from '../engine/projection';
import type { Payout } from '../engine/types';
import type { MemberProgramReport, ProgramReport, Report } from './build-report';
import { ENGINE_WORDS, type EngineTextFormat, labelText, noteText } from './engine-text';

// Plain-text rendering of a report for the terminal, in English or French.

export type Lang = 'en' | 'fr';

const T = {
  en: {
    title: 'Promo Ledger — earnings report as of',
    demo: 'DEMO DATA: a made-up six-week Referrals campaign. Pass --results/--log to see your own.',
    noPrograms: 'No program is enabled.',
    window: 'window',
    daysLeft: (n: number) => `${n} day${n === 1 ? '' : 's'} left`,
    ended: 'ended',
    earned: 'Earned',
    of: 'of',
    cap: 'cap',
    noCap: 'no cap',
    projection: 'Projection',
    by: 'by',
    band: '90% band',
    basisPromotions: 'from promotions × conversion (no results yet)',
    basisNone: 'no activity yet',
    perDay: (rate: string, metric: string) => `${rate} ${metric}/day`,
    capDate: 'Cap reached',
    capReachedOn: (d: string) => `on ${d}`,
    capProjected: (d: string) => `${d} at this pace`,
    capNot: 'not at this pace',
    pace: 'Pace needed',
    leftOnTable: 'left on the table',
    nextPayout: 'Next payout',
    noPayout: 'none scheduled',
    progress: 'Progress',
    total: 'Total across programs',
    promotions: 'Promotions posted',
    problems: 'Program settings with problems',
    method: { 'run-rate': 'run-rate', trend: 'recent trend' },
    model: { signups: 'sign-ups model', visits: 'visits model' },
    perCreator: 'per creator (below)',
    team: (n: number) => `Per creator (${n}; caps, thresholds and tiers apply to each)`,
    noMember: '(no member)',
    member: {
      capOf: (cap: string) => `cap ${cap}`,
      projected: (amount: string, low: string, high: string) => `projected ${amount} (${low} – ${high})`,
      capReachedOn: (d: string) => `cap reached on ${d}`,
      capProjected: (d: string) => `cap ${d} at this pace`,
      capNot: 'cap not reached at this pace',
      pace: 'needs',
      nextPayout: 'next payout',
    },
  },
  fr: {
    title: 'Promo Ledger — rapport de gains au',
    demo: 'DONNÉES DE DÉMO : une campagne Referrals fictive de six semaines. Passez --results/--log pour voir les vôtres.',
    noPrograms: 'Aucun programme activé.',
    window: 'période',
    daysLeft: (n: number) => `${n} jour${n > 1 ? 's' : ''} restant${n > 1 ? 's' : ''}`,
    ended: 'terminée',
    earned: 'Gagné',
    of: 'sur',
    cap: 'plafond',
    noCap: 'sans plafond',
    projection: 'Projection',
    by: 'au',
    band: 'fourchette à 90 %',
    basisPromotions: 'd’après promotions × conversion (pas encore de résultats)',
    basisNone: 'aucune activité pour l’instant',
    perDay: (rate: string, metric: string) => `${rate} ${metric}/jour`,
    capDate: 'Plafond atteint',
    capReachedOn: (d: string) => `le ${d}`,
    capProjected: (d: string) => `${d} à ce rythme`,
    capNot: 'pas à ce rythme',
    pace: 'Rythme nécessaire',
    leftOnTable: 'laissés sur la table',
    nextPayout: 'Prochain paiement',
    noPayout: 'aucun prévu',
    progress: 'Progression',
    total: 'Total des programmes',
    promotions: 'Promotions publiées',
    problems: 'Réglages de programme en erreur',
    method: { 'run-rate': 'rythme moyen', trend: 'tendance récente' },
    model: { signups: 'modèle inscriptions', visits: 'modèle visites' },
    perCreator: 'par créateur (ci-dessous)',
    team: (n: number) => `Par créateur (${n} ; plafonds, seuils et paliers s’appliquent à chacun)`,
    noMember: '(sans membre)',
    member: {
      capOf: (cap: string) => `plafond ${cap}`,
      projected: (amount: string, low: string, high: string) => `projeté ${amount} (${low} – ${high})`,
      capReachedOn: (d: string) => `plafond atteint le ${d}`,
      capProjected: (d: string) => `plafond le ${d} à ce rythme`,
      capNot: 'plafond non atteint à ce rythme',
      pace: 'il faut',
      nextPayout: 'prochain paiement',
    },
  },
} as const;

export function formatCents(cents: number, lang: Lang = 'en'): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  }).format(cents / 100);
}

function formatPercent(ratio: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(ratio);
}

/** Metric ids read as words: `signups` → `sign-ups`, `reels_100_plays` → `reels 100 plays`. */
export function metricLabel(metric: string, lang: Lang = 'en'): string {
  if (metric === 'signups') return lang === 'fr' ? 'inscriptions' : 'sign-ups';
  return metric.replace(/_/g, ' ');
}

function formatRate(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 1 }).format(n);
}

/** The report's way of writing the values inside the engine's notes and labels. */
function engineFormat(lang: Lang): EngineTextFormat {
  const count = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 0 });
  return {
    money: (cents) => formatCents(cents, lang),
    count: (n) => count.format(n),
    day: (d) => d,
    metric: (m) => metricLabel(m, lang),
    platform: (p) => p,
  };
}

function payoutLine(p: Payout | null, lang: Lang): string {
  const t = T[lang];
  if (!p) return t.noPayout;
  const note = noteText(ENGINE_WORDS[lang], engineFormat(lang), p.note, p.creators);
  return `${formatCents(p.cents, lang)} — ${p.date} (${note})`;
}

function paceLine(p: Pace, lang: Lang): string {
  const label = labelText(ENGINE_WORDS[lang], engineFormat(lang), p.label);
  return `${formatRate(p.perDay, lang)}/${lang === 'fr' ? 'jour' : 'day'} — ${label} (${formatRate(p.remaining, lang)} ${lang === 'fr' ? 'd’ici le' : 'by'} ${p.by})`;
}

/** A team member's figures, under the program's: one line, then their pace and progress. */
function memberLines(m: MemberProgramReport, capped: boolean, lang: Lang): string[] {
  const t = T[lang];
  const w = t.member;
  const parts = [formatCents(m.earnedCents, lang)];
  if (m.capCents !== null) parts[0] += ` / ${w.capOf(formatCents(m.capCents, lang))}`;
  parts.push(
    w.projected(
      formatCents(m.projectedCents, lang),
      formatCents(m.lowCents, lang),
      formatCents(m.highCents, lang),
    ),
  );
  if (capped)
    parts.push(
      m.capReached && m.capDate
        ? w.capReachedOn(m.capDate)
        : m.capDate
          ? w.capProjected(m.capDate)
          : w.capNot,
    );
  if (m.nextPayout)
    parts.push(`${w.nextPayout} ${formatCents(m.nextPayout.cents, lang)} — ${m.nextPayout.date}`);
  const name = m.member ?? t.noMember;
  const lines = [`    ${name.padEnd(17)}${parts.join(' · ')}`];
  const fmt = engineFormat(lang);
  for (const p of m.paceNeeded) lines.push(`    ${''.padEnd(17)}${w.pace} ${paceLine(p, lang)}`);
  for (const p of m.progress)
    lines.push(
      `    ${''.padEnd(17)}${labelText(ENGINE_WORDS[lang], fmt, p.label)}${lang === 'fr' ? ' :' : ':'} ${p.current}/${p.target}${p.reached ? ' ✓' : ''}`,
    );
  return lines;
}

function programBlock(r: ProgramReport, lang: Lang): string[] {
  const t = T[lang];
  const head = [r.name];
  if (r.model) head.push(t.model[r.model]);
  if (r.window)
    head.push(
      `${t.window} ${r.window.start} → ${r.window.end} (${r.daysLeft > 0 ? t.daysLeft(r.daysLeft) : t.ended})`,
    );
  const lines = [head.join(' · ')];
  const row = (label: string, value: string) => lines.push(`  ${label.padEnd(19)}${value}`);
  const capText =
    r.capCents === null
      ? `(${t.noCap})`
      : `${t.of} ${formatCents(r.capCents, lang)} ${t.cap} (${formatPercent(r.earnedCents / Math.max(1, r.capCents), lang)})`;
  row(t.earned, `${formatCents(r.earnedCents, lang)} ${capText}`);
  let projection = `${formatCents(r.projectedCents, lang)} ${t.by} ${r.horizon} (${t.band} ${formatCents(r.lowCents, lang)} – ${formatCents(r.highCents, lang)})`;
  if (r.ratePerDay !== null && r.rateMetric)
    projection += `, ${t.method[r.method]} ${t.perDay(formatRate(r.ratePerDay, lang), metricLabel(r.rateMetric, lang))}`;
  if (r.basis === 'promotions') projection += ` — ${t.basisPromotions}`;
  if (r.basis === 'none') projection += ` — ${t.basisNone}`;
  row(t.projection, projection);
  if (r.capCents !== null) {
    const cap = r.members
      ? t.perCreator
      : r.capReached && r.capDate
        ? t.capReachedOn(r.capDate)
        : r.capDate
          ? t.capProjected(r.capDate)
          : t.capNot;
    row(t.capDate, cap);
    if (r.leftOnTableCents) row('', `${formatCents(r.leftOnTableCents, lang)} ${t.leftOnTable}`);
  }
  for (const p of r.paceNeeded) row(t.pace, paceLine(p, lang));
  const fmt = engineFormat(lang);
  for (const p of r.progress)
    row(
      t.progress,
      `${labelText(ENGINE_WORDS[lang], fmt, p.label)}${lang === 'fr' ? ' :' : ':'} ${p.current}/${p.target}${p.reached ? ' ✓' : ''}`,
    );
  row(t.nextPayout, payoutLine(r.nextPayout, lang));
  if (r.members) {
    lines.push(`  ${t.team(r.members.length)}`);
    for (const m of r.members) lines.push(...memberLines(m, r.capCents !== null, lang));
  }
  return lines;
}

export function formatReport(report: Report, lang: Lang = 'en'): string {
  const t = T[lang];
  const out = [`${t.title} ${report.asOf}`];
  if (report.demo) out.push(t.demo);
  out.push('');
  if (report.programs.length === 0) out.push(t.noPrograms, '');
  for (const r of report.programs) out.push(...programBlock(r, lang), '');
  out.push(
    `${t.total}${lang === 'fr' ? ' :' : ':'} ${formatCents(report.totals.earnedCents, lang)} → ${formatCents(report.totals.projectedCents, lang)}`,
  );
  const platforms = Object.entries(report.promotions.byPlatform)
    .map(([p, n]) => `${p} ${n}`)
    .join(', ');
  out.push(
    `${t.promotions}${lang === 'fr' ? ' :' : ':'} ${report.promotions.posted}${platforms ? ` (${platforms})` : ''}`,
  );
  if (report.errors.length > 0) {
    out.push('', `${t.problems}:`);
    for (const e of report.errors)
      for (const f of e.errors) out.push(`  ${e.programId}: ${f.field}: ${f.message}`);
  }
  return `${out.join('\n')}\n`;
}
