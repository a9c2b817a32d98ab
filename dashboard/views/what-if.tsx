import { useEffect, useMemo, useState } from 'preact/hooks';
import { daysBetween } from '../../shared/dates/days';
import { useDashboard } from '../app/context';
import { ChartView } from '../charts/chart-view';
import type { ChartPalette } from '../charts/common';
import { earningsChartConfig } from '../charts/earnings-chart';
import { EmptyState, Section, TableEquivalent, Tile } from '../components/ui';
import { metricName } from '../i18n';
import type { WhatIfModel } from '../model/dashboard-model';
import { chartText, Loading } from './shared';

export function WhatIfView() {
  const { t, f, model, client, asOf, prefs, setPrefs, themeKey, announce } = useDashboard();
  const programs = model?.programs ?? [];
  // The first program that promotion can still move: a reached cap, or results that promotions do
  // not drive (reels, for a posting bonus), would make every scenario read +$0.
  const [programId, setProgramId] = useState(
    (
      programs.find((p) => !p.report.capReached && (p.conversion.perPromotion ?? 0) > 0) ??
      programs.find((p) => !p.report.capReached) ??
      programs[0]
    )?.report.id ?? '',
  );
  const program = programs.find((p) => p.report.id === programId) ?? programs[0];
  const [extra, setExtra] = useState(2);
  const [conversionText, setConversionText] = useState('');
  const [result, setResult] = useState<WhatIfModel | null>(null);
  const conversion = conversionText.trim() === '' ? undefined : Number(conversionText);
  const validConversion = conversion === undefined || (Number.isFinite(conversion) && conversion >= 0);
  const text = useMemo(() => chartText(f), [f]);

  const selectedId = program?.report.id;
  // The model is new whenever the data is: the scenario is asked again then.
  const dataStamp = model;
  useEffect(() => {
    if (!selectedId || !validConversion || !dataStamp) return;
    let stale = false;
    // A short pause so that dragging the slider asks once it settles, not at every step.
    const timer = setTimeout(() => {
      client
        .whatIf({
          programId: selectedId,
          asOf,
          method: prefs.method,
          member: prefs.member,
          extraPromotionsPerDay: Math.max(0, extra),
          ...(conversion !== undefined ? { conversion } : {}),
        })
        .then((r) => {
          if (!stale) setResult(r);
        })
        .catch(() => undefined);
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [selectedId, extra, conversion, validConversion, asOf, prefs.method, prefs.member, client, dataStamp]);

  const config = useMemo(
    () => (palette: ChartPalette) =>
      earningsChartConfig(
        {
          series: result?.baseSeries ?? { actual: [], projected: [], low: [], high: [], capCents: null },
          ...(result ? { scenario: result.scenarioSeries } : {}),
          labels: { ...t.overview.series, projected: t.whatif.base, scenario: t.whatif.scenario },
        },
        palette,
        text,
      ),
    [result, t, text],
  );

  if (!model) return <Loading />;
  if (!program)
    return (
      <div class="view">
        <h2 class="view-title">{t.whatif.title}</h2>
        <Section title={t.whatif.title}>
          <EmptyState title={t.whatif.none} />
        </Section>
      </div>
    );
  const metric = metricName(t, program.report.rateMetric ?? '');
  const capShift = (r: WhatIfModel): string | undefined => {
    const { base, scenario } = r;
    if (r.creators > 1) return undefined;
    if (!scenario.capDate) return undefined;
    if (!base.capDate) return t.whatif.capNow;
    const days = daysBetween(scenario.capDate, base.capDate);
    return days > 0 ? t.whatif.capSooner(days) : days < 0 ? t.whatif.capLater(-days) : undefined;
  };
  const c = result?.conversion;
  return (
    <div class="view">
      <h2 class="view-title">{t.whatif.title}</h2>
      <p class="lead">{t.whatif.intro}</p>
      <Section title={t.whatif.scenarioTitle}>
        <div class="whatif-controls">
          <label>
            <span>{t.whatif.program}</span>
            <select
              value={program.report.id}
              onChange={(e) => setProgramId((e.currentTarget as HTMLSelectElement).value)}
            >
              {programs.map((p) => (
                <option key={p.report.id} value={p.report.id}>
                  {p.report.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>
              {t.common.colon(t.whatif.extra, '')}
              <strong>{f.rate(extra)}</strong>
            </span>
            <input
              type="range"
              min={0}
              max={20}
              step={0.5}
              value={extra}
              onInput={(e) => setExtra(Number((e.currentTarget as HTMLInputElement).value))}
            />
          </label>
          <label>
            <span>
              {t.whatif.conversion} ({metric})
            </span>
            <input
              type="number"
              min={0}
              step={0.05}
              inputMode="decimal"
              placeholder={c?.perPromotion != null ? f.rate(c.perPromotion) : '0'}
              value={conversionText}
              aria-invalid={!validConversion}
              onInput={(e) => setConversionText((e.currentTarget as HTMLInputElement).value)}
            />
            <span class="muted small">
              {c?.perPromotion != null
                ? t.whatif.conversionObserved(f.rate(c.perPromotion))
                : t.whatif.conversionNone}
            </span>
          </label>
          <div class="whatif-buttons">
            {conversionText !== '' ? (
              <button type="button" class="btn btn-ghost btn-small" onClick={() => setConversionText('')}>
                {t.whatif.useObserved}
              </button>
            ) : null}
            {conversion !== undefined && validConversion && program.report.basis !== 'results' ? (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => {
                  setPrefs({ assumed: { ...prefs.assumed, [program.report.id]: conversion } });
                  announce(t.whatif.assumed);
                }}
              >
                {t.whatif.assume}
              </button>
            ) : null}
          </div>
        </div>
        {result ? (
          <>
            <p class="muted">{t.whatif.observedPace(f.rate(result.observedPerDay))}</p>
            {result.creators > 1 ? (
              <p class="muted" data-field="per-creator">
                {t.whatif.perCreator(result.creators)}
              </p>
            ) : null}
            <div class="tiles-row">
              <Tile
                label={t.whatif.base}
                value={f.money(result.base.projectedCents)}
                hint={
                  result.creators > 1
                    ? t.common.colon(t.whatif.capDate, t.engine.perCreator)
                    : result.base.capDate
                      ? t.common.colon(t.whatif.capDate, f.day(result.base.capDate))
                      : undefined
                }
              />
              <Tile
                label={t.whatif.scenario}
                value={f.money(result.scenario.projectedCents)}
                tone="accent"
                hint={
                  result.creators > 1
                    ? t.common.colon(t.whatif.capDate, t.engine.perCreator)
                    : result.scenario.capDate
                      ? t.common.colon(t.whatif.capDate, f.day(result.scenario.capDate))
                      : undefined
                }
              />
              <Tile
                label={t.whatif.delta}
                value={`${result.deltaCents >= 0 ? '+' : ''}${f.money(result.deltaCents)}`}
                hint={capShift(result)}
              />
            </div>
            <p class="chart-summary">
              {t.whatif.summary(
                f.money(result.base.projectedCents),
                f.money(result.scenario.projectedCents),
                `${result.deltaCents >= 0 ? '+' : ''}${f.money(result.deltaCents)}`,
              )}
            </p>
            <ChartView config={config} label={t.whatif.chartLabel} themeKey={themeKey} />
            <TableEquivalent summary={t.common.showTable}>
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t.common.day}</th>
                    <th scope="col" class="num">
                      {t.whatif.base}
                    </th>
                    <th scope="col" class="num">
                      {t.whatif.scenario}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.baseSeries.projected.map((p, i) => (
                    <tr key={p.day}>
                      <th scope="row">{f.day(p.day)}</th>
                      <td class="num">{f.money(p.cents)}</td>
                      <td class="num">{f.money(result.scenarioSeries.projected[i]?.cents ?? p.cents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableEquivalent>
          </>
        ) : null}
      </Section>
    </div>
  );
}
