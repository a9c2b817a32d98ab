import { useMemo } from 'preact/hooks';
import type { PayoutSchedule, ProgramDefinition } from '../../shared/schemas/program';
import { useDashboard } from '../app/context';
import { ChartView } from '../charts/chart-view';
import type { ChartPalette } from '../charts/common';
import { payoutsChartConfig } from '../charts/payouts-chart';
import { Badge, EmptyState, Section, TableEquivalent } from '../components/ui';
import type { Formatter } from '../format';
import { type Messages, payoutNote } from '../i18n';
import { chartText, Loading } from './shared';

/** When a program pays, in the words of the payout notes (shared/report/engine-text.ts). */
function scheduleText(t: Messages, f: Formatter, def: ProgramDefinition): string {
  const s: PayoutSchedule = def.payout.schedule;
  const w = t.engine.schedule;
  switch (s.type) {
    case 'monthly':
      return w.monthly(s.dayOfMonth, s.monthsAfter);
    case 'after_month_end':
      return w.afterMonthEnd(s.days);
    case 'after_window':
      return def.window ? w.afterWindow(s.days, f.day(def.window.end)) : w.afterWindowNoWindow;
    case 'after_accrual':
      return w.afterAccrual(s.days);
  }
}

const TONE = { paid: 'ok', due: 'accent', rolled_over: 'warn', forfeited: 'danger' } as const;

export function PayoutsView() {
  const { t, f, model, themeKey } = useDashboard();
  const text = useMemo(() => chartText(f), [f]);
  const payouts = model?.payouts;
  const config = useMemo(
    () => (palette: ChartPalette) =>
      payoutsChartConfig({ payouts: payouts ?? [], formatMonth: f.month }, palette, text),
    [payouts, f, text],
  );
  if (!model || !payouts) return <Loading />;
  const paid = payouts.filter((p) => p.status === 'paid').reduce((s, p) => s + p.cents, 0);
  const due = payouts.filter((p) => p.status === 'due').reduce((s, p) => s + p.cents, 0);
  const months = [
    ...new Set(
      payouts.filter((p) => p.status === 'paid' || p.status === 'due').map((p) => p.date.slice(0, 7)),
    ),
  ].sort();
  const names = [...new Set(payouts.map((p) => p.programName))];

  return (
    <div class="view">
      <h2 class="view-title">{t.payouts.title}</h2>
      {payouts.length === 0 ? (
        <Section title={t.payouts.title}>
          <EmptyState title={t.payouts.empty}>{t.payouts.emptyHelp}</EmptyState>
        </Section>
      ) : (
        <>
          <Section title={t.payouts.chartTitle}>
            <p class="chart-summary">{t.payouts.summary(f.money(paid), f.money(due))}</p>
            <ChartView config={config} label={t.payouts.chartLabel} themeKey={themeKey} height={240} />
            <TableEquivalent summary={t.common.showTable}>
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t.common.date}</th>
                    {names.map((n) => (
                      <th scope="col" class="num" key={n}>
                        {n}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {months.map((m) => (
                    <tr key={m}>
                      <th scope="row">{f.month(m)}</th>
                      {names.map((n) => (
                        <td class="num" key={n}>
                          {f.money(
                            payouts
                              .filter(
                                (p) =>
                                  p.programName === n &&
                                  p.date.startsWith(m) &&
                                  (p.status === 'paid' || p.status === 'due'),
                              )
                              .reduce((s, p) => s + p.cents, 0),
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableEquivalent>
          </Section>
          <Section title={t.payouts.title}>
            <div class="table-wrap">
              <table class="data payouts-table">
                <thead>
                  <tr>
                    <th scope="col">{t.common.date}</th>
                    <th scope="col">{t.common.program}</th>
                    <th scope="col" class="num">
                      {t.common.amount}
                    </th>
                    <th scope="col">{t.common.status}</th>
                    <th scope="col">{t.payouts.earned}</th>
                    <th scope="col">{t.payouts.note}</th>
                  </tr>
                </thead>
                <tbody>
                  {payouts.map((p) => (
                    <tr key={`${p.programId}-${p.date}-${p.status}`} data-creators={p.creators}>
                      <th scope="row">{f.day(p.date)}</th>
                      <td>{p.programName}</td>
                      <td class="num">{f.money(p.cents)}</td>
                      <td>
                        <Badge tone={TONE[p.status]}>{t.payouts.status[p.status]}</Badge>
                      </td>
                      <td class="small">
                        {p.earnedFrom === p.earnedTo
                          ? f.dayShort(p.earnedFrom)
                          : `${f.dayShort(p.earnedFrom)} – ${f.dayShort(p.earnedTo)}`}
                      </td>
                      <td class="small muted">{payoutNote(t, f, p.note, p.creators)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        </>
      )}
      {model.programs.length > 0 ? (
        <Section title={t.payouts.rules}>
          <div class="rules-grid">
            {model.programs.map((p) => (
              <Rules key={p.report.id} def={p.definition} />
            ))}
          </div>
        </Section>
      ) : null}
    </div>
  );
}

function Rules({ def }: { def: ProgramDefinition }) {
  const { t, f } = useDashboard();
  const rules = def.payout;
  return (
    <div class="rules">
      <h3>{def.name}</h3>
      <ul class="plain-list small">
        <li>{scheduleText(t, f, def)}</li>
        <li>
          {rules.thresholdCents > 0
            ? t.payouts.threshold(f.money(rules.thresholdCents))
            : t.payouts.noThreshold}
        </li>
        {rules.thresholdCents > 0 ? (
          <li>{rules.rollover ? t.payouts.rollover : t.payouts.noRollover}</li>
        ) : null}
        {rules.payer ? <li>{t.payouts.payer(rules.payer)}</li> : null}
        {rules.forfeitAfterMonths !== undefined ? (
          <li>{t.payouts.forfeit(rules.forfeitAfterMonths)}</li>
        ) : null}
      </ul>
    </div>
  );
}
