import { useMemo } from 'preact/hooks';
import { PLATFORMS, type Platform, type ResultPlatform } from '../../shared/schemas/common';
import { useDashboard } from '../app/context';
import { activityChartConfig } from '../charts/activity-chart';
import { ChartView } from '../charts/chart-view';
import type { ChartPalette } from '../charts/common';
import { EmptyState, Section, TableEquivalent } from '../components/ui';
import { metricName } from '../i18n';
import { chartText, Loading } from './shared';

export function ActivityView() {
  const { t, f, model, themeKey } = useDashboard();
  const text = useMemo(() => chartText(f), [f]);
  const activity = model?.activity;
  const config = useMemo(
    () => (palette: ChartPalette) =>
      activityChartConfig(
        {
          daily: activity?.daily ?? {
            days: [],
            posted: { tiktok: [], youtube: [], discord: [], substack: [] },
          },
          platformLabels: t.platforms,
          unitLabel: (n) => (n === 1 ? t.activity.unitDay : t.activity.unitDays(n)),
        },
        palette,
        text,
      ),
    [activity, t, text],
  );
  // A partial model has not seen the promotion log yet (it is still being read).
  if (!model || !activity || model.partial) return <Loading />;
  const { totals } = activity;
  const any = totals.posted + totals.inserted + totals.copied > 0;
  const busiest = [...activity.byPlatform].sort((a, b) => b.posted - a.posted)[0];
  const platformsShown = PLATFORMS.filter((p) => activity.daily.posted[p].some((n) => n > 0));

  return (
    <div class="view">
      <h2 class="view-title">{t.activity.title}</h2>
      {!any ? (
        <Section title={t.activity.title}>
          <EmptyState title={t.activity.empty}>{t.activity.emptyHelp}</EmptyState>
        </Section>
      ) : (
        <>
          <Section title={t.activity.perDay}>
            <p class="chart-summary">
              {t.activity.totals(totals.posted, totals.inserted, totals.copied)}
              {busiest && busiest.posted > 0
                ? ` ${t.activity.busiest(t.platforms[busiest.platform], f.count(busiest.posted))}`
                : ''}
            </p>
            <ChartView config={config} label={t.activity.perDayLabel} themeKey={themeKey} height={260} />
            <TableEquivalent summary={t.common.showTable}>
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t.common.day}</th>
                    {platformsShown.map((p) => (
                      <th scope="col" class="num" key={p}>
                        {t.platforms[p]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {activity.daily.days.map((day, i) => (
                    <tr key={day}>
                      <th scope="row">{f.day(day)}</th>
                      {platformsShown.map((p) => (
                        <td class="num" key={p}>
                          {f.count(activity.daily.posted[p][i] ?? 0)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableEquivalent>
          </Section>

          <div class="two-col">
            <Section title={t.activity.byPlatform}>
              <div class="table-wrap">
                <table class="data">
                  <thead>
                    <tr>
                      <th scope="col">{t.common.platform}</th>
                      <th scope="col">{t.common.surface}</th>
                      <th scope="col" class="num">
                        {t.activity.posted}
                      </th>
                      <th scope="col" class="num">
                        {t.activity.inserted}
                      </th>
                      <th scope="col" class="num">
                        {t.activity.copied}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {activity.bySurface.map((s) => (
                      <tr key={`${s.platform}-${s.surface}`}>
                        <th scope="row" class="nowrap">
                          <span class={`dot dot-${s.platform}`} aria-hidden="true" />
                          {t.platforms[s.platform]}
                        </th>
                        <td>{t.surfaces[s.surface]}</td>
                        <td class="num">{f.count(s.posted)}</td>
                        <td class="num">{f.count(s.inserted)}</td>
                        <td class="num">{f.count(s.copied)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Section>
            <Section title={t.activity.conversionTitle}>
              <ul class="plain-list">
                {model.programs.map((p) => (
                  <li key={p.report.id}>
                    {p.conversion.perPromotion === null
                      ? t.activity.conversionNone(p.report.name)
                      : t.activity.conversionLine(
                          p.report.name,
                          f.count(p.conversion.promotions),
                          f.count(p.conversion.results),
                          metricName(t, p.report.rateMetric ?? ''),
                          f.rate(p.conversion.perPromotion),
                        )}
                  </li>
                ))}
              </ul>
            </Section>
          </div>
        </>
      )}
      {model.programs.length > 0 ? <DroveResults /> : null}
    </div>
  );
}

function DroveResults() {
  const { t, f, model } = useDashboard();
  if (!model) return null;
  // Only programs whose results name a promotion platform: Stars received on Facebook say nothing
  // about which of the four sites drove them.
  const programs = model.programs.filter((p) =>
    (PLATFORMS as readonly string[]).some((platform) => (p.resultsByPlatform[platform] ?? 0) > 0),
  );
  return (
    <Section title={t.activity.drove}>
      {programs.length === 0 ? (
        <p class="muted">{t.activity.droveNone}</p>
      ) : (
        <>
          <p class="muted">{t.activity.droveHelp}</p>
          {programs.map((p) => {
            const platforms = [
              ...new Set([...Object.keys(p.resultsByPlatform), ...Object.keys(p.postedByPlatform)]),
            ] as (Platform | ResultPlatform)[];
            const metric = metricName(t, p.report.rateMetric ?? '');
            return (
              <div class="table-wrap" key={p.report.id}>
                <table class="data">
                  <caption>{`${p.report.name} — ${metric}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.common.platform}</th>
                      <th scope="col" class="num">
                        {t.activity.posted}
                      </th>
                      <th scope="col" class="num">
                        {t.activity.results}
                      </th>
                      <th scope="col" class="num">
                        {t.activity.conversion}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {platforms
                      .sort((a, b) => (p.resultsByPlatform[b] ?? 0) - (p.resultsByPlatform[a] ?? 0))
                      .map((platform) => {
                        const posted = p.postedByPlatform[platform as Platform] ?? 0;
                        const results = p.resultsByPlatform[platform] ?? 0;
                        return (
                          <tr key={platform}>
                            <th scope="row">
                              <span class={`dot dot-${platform}`} aria-hidden="true" />
                              {t.platforms[platform] ?? platform}
                            </th>
                            <td class="num">{f.count(posted)}</td>
                            <td class="num">{f.count(results)}</td>
                            <td class="num">{posted > 0 ? f.rate(results / posted) : t.common.none}</td>
                          </tr>
                        );
                      })}
                  </tbody>
                </table>
              </div>
            );
          })}
        </>
      )}
    </Section>
  );
}
