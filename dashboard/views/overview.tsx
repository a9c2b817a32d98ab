import { useMemo, useState } from 'preact/hooks';
import { NO_MEMBER } from '../../extension/db/store';
import { useDashboard } from '../app/context';
import { ChartView } from '../charts/chart-view';
import type { ChartPalette } from '../charts/common';
import { earningsChartConfig } from '../charts/earnings-chart';
import { Badge, EmptyState, Meter, Notice, Section, TableEquivalent, Tile } from '../components/ui';
import { metricName } from '../i18n';
import type { ProgramModel } from '../model/dashboard-model';
import { chartText, Loading, memberName, paceText } from './shared';

export function OverviewView() {
  const { t, f, model, navigate } = useDashboard();
  if (!model) return <Loading />;
  const { report } = model;
  return (
    <div class="view">
      <h2 class="view-title">{t.overview.title}</h2>
      {model.programs.length === 0 ? (
        <Section title={t.overview.title}>
          <EmptyState
            title={t.overview.noPrograms}
            action={
              <button type="button" class="btn btn-primary" onClick={() => navigate('programs')}>
                {t.nav.programs}
              </button>
            }
          >
            {t.overview.noProgramsHelp}
          </EmptyState>
        </Section>
      ) : (
        <>
          <section class="tiles" aria-label={t.overview.monthTotal(f.month(model.month.month))}>
            <p class="tiles-caption">{t.overview.monthTotal(f.month(model.month.month))}</p>
            <div class="tiles-row">
              <Tile label={t.overview.earnedMonth} value={f.money(model.month.earnedCents)} tone="accent" />
              <Tile label={t.overview.projectedMonth} value={f.money(model.month.projectedCents)} />
              <Tile label={t.overview.earnedTotal} value={f.money(report.totals.earnedCents)} />
              <Tile label={t.overview.projectedTotal} value={f.money(report.totals.projectedCents)} />
            </div>
          </section>
          {model.member === null && model.members.filter((m) => m.member !== NO_MEMBER).length > 1 ? (
            <Notice tone="info">{t.overview.teamNote}</Notice>
          ) : null}
          <div class="program-grid">
            {model.programs.map((p) => (
              <ProgramCard key={p.report.id} program={p} />
            ))}
          </div>
          <EarningsChartSection programs={model.programs} />
        </>
      )}
      {report.errors.length > 0 ? (
        <Section title={t.overview.problems}>
          <ul class="problems">
            {report.errors.flatMap((e) =>
              e.errors.map((x) => (
                <li key={`${e.programId}-${x.field}`}>
                  <code>{e.programId}</code> · <code>{x.field}</code>: {x.message}
                </li>
              )),
            )}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}

function ProgramCard({ program }: { program: ProgramModel }) {
  const { t, f, navigate } = useDashboard();
  const r = program.report;
  const shown = program.fromPromotions ?? r;
  const capRatio = r.capCents ? r.earnedCents / r.capCents : 0;
  const metric = r.rateMetric ? metricName(t, r.rateMetric) : '';
  const basisText =
    program.basis.kind === 'results'
      ? t.overview.basis.results
      : program.basis.kind === 'none'
        ? t.overview.basis.none
        : program.basis.source === 'team'
          ? t.overview.basis.promotionsTeam(f.rate(program.basis.perDay), f.rate(program.basis.conversion))
          : t.overview.basis.promotionsAssumed(
              f.rate(program.basis.perDay),
              f.rate(program.basis.conversion),
            );
  const capLine =
    r.capCents === null
      ? null
      : r.members
        ? t.overview.capPerCreator
        : r.window && r.daysLeft <= 0 && !r.capReached
          ? t.overview.capNotReached
          : r.capReached && r.capDate
            ? t.overview.capReachedOn(f.day(r.capDate))
            : shown.capDate
              ? t.overview.capProjected(f.day(shown.capDate))
              : t.overview.capNot;
  // Ended before the as-of day with nothing earned: most likely a later round of the program still
  // carrying the catalog's dates of an earlier one.
  const ended = r.window && r.daysLeft <= 0 && r.earnedCents === 0 ? r.window.end : null;
  const daysLeft = r.window
    ? r.daysLeft > 0
      ? t.common.days(r.daysLeft)
      : t.overview.windowEnded
    : t.overview.noWindow;
  return (
    <article class="card program-card" aria-labelledby={`pc-${r.id}`} data-program={r.id}>
      <header class="program-head">
        <h3 id={`pc-${r.id}`}>{r.name}</h3>
        <div class="badges">
          <Badge tone="accent">{t.kinds[r.kind]}</Badge>
          {r.model ? <Badge>{metricName(t, r.model)}</Badge> : null}
        </div>
        {r.window ? (
          <p class="muted small">
            {f.day(r.window.start)} – {f.day(r.window.end)}
          </p>
        ) : null}
      </header>
      <div class="earned-line">
        <span class="earned-value" data-field="earned">
          {f.money(r.earnedCents)}
        </span>
        <span class="muted">
          {r.capCents === null ? t.overview.noCap : t.overview.of(f.money(r.capCents))}
        </span>
      </div>
      {r.capCents !== null ? (
        <Meter
          value={r.earnedCents}
          max={r.capCents}
          label={`${t.overview.earned} ${f.money(r.earnedCents)} ${t.overview.of(f.money(r.capCents))} (${f.percent(capRatio)})`}
          tone={r.capReached ? 'done' : 'ok'}
        />
      ) : null}
      <dl class="facts">
        <div>
          <dt>{t.overview.projection}</dt>
          <dd>
            <strong data-field="projected">
              {program.basis.kind === 'none' ? f.money(r.projectedCents) : f.money(shown.projectedCents)}
            </strong>{' '}
            <span class="muted">{t.overview.by(f.day(r.horizon))}</span>
            <div class="muted small" data-field="band">
              {t.overview.band(f.money(shown.lowCents), f.money(shown.highCents))}
            </div>
          </dd>
        </div>
        {capLine ? (
          <div>
            <dt>{t.overview.capReached}</dt>
            <dd data-field="cap-date">{capLine}</dd>
          </div>
        ) : null}
        {r.ratePerDay !== null && r.basis === 'results' ? (
          <div>
            <dt>{t.overview.currentPace}</dt>
            <dd>
              {f.rate(r.ratePerDay)} {metric}/{f.lang === 'fr' ? 'jour' : 'day'}
            </dd>
          </div>
        ) : null}
        {r.paceNeeded.length > 0 ? (
          <div>
            <dt>{t.overview.pace}</dt>
            <dd>
              {r.paceNeeded.map((p) => (
                <div key={p.id} data-field="pace">
                  {paceText(t, f, p)}
                </div>
              ))}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t.overview.daysLeft}</dt>
          <dd data-field="days-left">{daysLeft}</dd>
        </div>
        <div>
          <dt>{t.overview.nextPayout}</dt>
          <dd data-field="next-payout">
            {r.nextPayout
              ? `${f.money(r.nextPayout.cents)} — ${f.day(r.nextPayout.date)}`
              : t.overview.noPayout}
          </dd>
        </div>
      </dl>
      {ended ? (
        <Notice tone="warn">
          <span>{t.overview.windowPast(f.day(ended))}</span>{' '}
          <button type="button" class="btn btn-small" onClick={() => navigate('programs')}>
            {t.overview.setDates}
          </button>
        </Notice>
      ) : null}
      {r.leftOnTableCents && !ended ? (
        <p class="muted small">{t.overview.leftOnTable(f.money(r.leftOnTableCents))}</p>
      ) : null}
      {r.members ? <MemberBreakdown report={r} notShown={program.membersNotShown} /> : null}
      <p class={`basis basis-${program.basis.kind}`}>{basisText}</p>
      {program.basis.kind === 'promotions' ? (
        <p class="muted small">{t.overview.basis.reportDiffers}</p>
      ) : null}
    </article>
  );
}

/** A team's program: each creator's own figures, cap date and pace (caps apply per creator). */
function MemberBreakdown({ report: r, notShown }: { report: ProgramModel['report']; notShown: number }) {
  const { t, f } = useDashboard();
  const members = r.members ?? [];
  return (
    <details class="member-breakdown" data-field="members">
      <summary>{t.overview.perCreator(members.length + notShown)}</summary>
      <div class="table-wrap">
        <table class="data small">
          <thead>
            <tr>
              <th scope="col">{t.common.member}</th>
              <th scope="col" class="num">
                {t.overview.earned}
              </th>
              <th scope="col" class="num">
                {t.overview.projection}
              </th>
              {r.capCents !== null ? <th scope="col">{t.overview.capReached}</th> : null}
              <th scope="col">{t.overview.pace}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.member ?? ''} data-member={m.member ?? ''}>
                <th scope="row">{memberName(t, m.member)}</th>
                <td class="num">
                  {f.money(m.earnedCents)}
                  {m.capCents !== null ? (
                    <span class="muted"> {t.overview.of(f.money(m.capCents))}</span>
                  ) : null}
                </td>
                <td class="num">{f.money(m.projectedCents)}</td>
                {r.capCents !== null ? (
                  <td data-field="member-cap-date">
                    {m.capReached && m.capDate
                      ? t.overview.capReachedOn(f.day(m.capDate))
                      : m.capDate
                        ? t.overview.capProjected(f.day(m.capDate))
                        : t.overview.capNot}
                  </td>
                ) : null}
                <td>
                  {m.paceNeeded.length > 0
                    ? m.paceNeeded.map((p) => <div key={p.id}>{paceText(t, f, p)}</div>)
                    : t.common.none}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notShown > 0 ? (
        <p class="muted small" data-field="members-not-shown">
          {t.overview.membersNotShown(members.length, notShown)}
        </p>
      ) : null}
    </details>
  );
}

function EarningsChartSection({ programs }: { programs: ProgramModel[] }) {
  const { t, f, themeKey } = useDashboard();
  const [selected, setSelected] = useState(programs[0]?.report.id ?? '');
  const program = programs.find((p) => p.report.id === selected) ?? programs[0];
  const text = useMemo(() => chartText(f), [f]);
  const config = useMemo(
    () => (palette: ChartPalette) =>
      earningsChartConfig(
        { series: program?.series ?? emptySeries, labels: t.overview.series },
        palette,
        text,
      ),
    [program, t, text],
  );
  if (!program) return null;
  const r = program.report;
  const shown = program.fromPromotions ?? r;
  const s = program.series;
  const rows = [...s.actual, ...s.projected.slice(1)];
  return (
    <Section
      title={t.overview.chartTitle}
      actions={
        programs.length > 1 ? (
          <label class="inline-control">
            <span>{t.overview.programChart}</span>
            <select
              value={program.report.id}
              onChange={(e) => setSelected((e.currentTarget as HTMLSelectElement).value)}
            >
              {programs.map((p) => (
                <option key={p.report.id} value={p.report.id}>
                  {p.report.name}
                </option>
              ))}
            </select>
          </label>
        ) : null
      }
    >
      <p class="chart-summary">
        {t.overview.chartSummary(
          f.money(r.earnedCents),
          f.money(shown.projectedCents),
          f.day(r.horizon),
          f.money(shown.lowCents),
          f.money(shown.highCents),
        )}
      </p>
      <ChartView config={config} label={t.overview.chartLabel(r.name)} themeKey={themeKey} />
      <TableEquivalent summary={t.common.showTable}>
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t.common.day}</th>
              <th scope="col" class="num">
                {t.overview.series.earned}
              </th>
              <th scope="col" class="num">
                {t.overview.series.projected}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p, i) => (
              <tr key={p.day}>
                <th scope="row">{f.day(p.day)}</th>
                <td class="num">{i < s.actual.length ? f.money(p.cents) : ''}</td>
                <td class="num">{i >= s.actual.length ? f.money(p.cents) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableEquivalent>
    </Section>
  );
}

const emptySeries = { actual: [], projected: [], low: [], high: [], capCents: null };
