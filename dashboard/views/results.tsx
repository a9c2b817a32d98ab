import { useMemo, useState } from 'preact/hooks';
import { NO_MEMBER } from '../../extension/db/store';
import { programMetrics } from '../../shared/engine/earnings';
import { activePrograms, CATALOG } from '../../shared/programs/catalog';
import { fieldErrors } from '../../shared/schemas/errors';
import type { ProgramDefinition } from '../../shared/schemas/program';
import { type ResultEntry, resultEntrySchema, resultKey } from '../../shared/schemas/result';
import { useDashboard } from '../app/context';
import { ImportPanel } from '../components/import-panel';
import { EmptyState, Notice, PlatformSelect, Section } from '../components/ui';
import { metricName } from '../i18n';

const PAGE = 25;

/** Programs to enter results for: enabled ones first, then the rest of the catalog and custom ones. */
function programChoices(settings: Parameters<typeof activePrograms>[0]): ProgramDefinition[] {
  const active = activePrograms(settings).programs;
  const ids = new Set(active.map((p) => p.id));
  return [
    ...active,
    ...CATALOG.filter((p) => !ids.has(p.id)),
    ...settings.customPrograms.filter((p) => !ids.has(p.id)),
  ];
}

function metricsOf(program: ProgramDefinition | undefined): string[] {
  if (!program) return [];
  const metrics = programMetrics(program).map((s) => s.metric);
  if (program.kind === 'referral') metrics.push(program.model === 'signups' ? 'visits' : 'signups');
  return [...new Set(metrics)];
}

export function ResultsView() {
  const { t, f, results, settings, store, asOf, announce, prefs, refresh } = useDashboard();
  const programs = useMemo(() => programChoices(settings), [settings]);
  const [program, setProgram] = useState(programs[0]?.id ?? '');
  const def = programs.find((p) => p.id === program);
  const metrics = metricsOf(def);
  const [metric, setMetric] = useState('');
  const [day, setDay] = useState(asOf);
  const [count, setCount] = useState('');
  const [platform, setPlatform] = useState('');
  const [member, setMember] = useState(settings.member ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const effectiveMetric = metric || metrics[0] || '';

  const shown = useMemo(() => {
    const filtered = results.filter((r) =>
      prefs.member === null
        ? true
        : prefs.member === NO_MEMBER
          ? r.member === undefined
          : r.member === prefs.member,
    );
    return {
      total: filtered.length,
      rows: [...filtered].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)).slice(0, limit),
    };
  }, [results, prefs.member, limit]);

  async function add(e: Event) {
    e.preventDefault();
    setSaved(null);
    const candidate: Record<string, unknown> = {
      day,
      program,
      metric: effectiveMetric.trim().toLowerCase(),
      count: count.trim() === '' ? undefined : Number(count),
      source: 'manual',
    };
    if (platform) candidate.platform = platform;
    if (member.trim()) candidate.member = member.trim();
    const parsed = resultEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(Object.fromEntries(fieldErrors(parsed.error).map((x) => [x.field, x.message])));
      return;
    }
    setErrors({});
    await store.putResults([parsed.data]);
    await refresh();
    setCount('');
    setSaved(t.results.added);
    announce(t.results.added);
  }

  async function remove(r: ResultEntry) {
    await store.deleteResults([resultKey(r)]);
    await refresh();
    announce(t.results.deleted);
  }

  const err = (field: string) =>
    errors[field] ? (
      <span class="field-error" id={`err-${field}`}>
        {errors[field]}
      </span>
    ) : null;

  return (
    <div class="view">
      <h2 class="view-title">{t.results.title}</h2>
      <p class="lead">{t.results.intro}</p>
      <Notice tone="info">{t.results.basisNote}</Notice>
      <div class="two-col">
        <Section title={t.results.add}>
          <form class="form-grid" onSubmit={add} noValidate>
            <label>
              <span>{t.common.date}</span>
              <input
                type="date"
                value={day}
                required
                onInput={(e) => setDay((e.currentTarget as HTMLInputElement).value)}
                aria-describedby={errors.day ? 'err-day' : undefined}
              />
              {err('day')}
            </label>
            <label>
              <span>{t.results.program}</span>
              <select
                value={program}
                onChange={(e) => {
                  setProgram((e.currentTarget as HTMLSelectElement).value);
                  setMetric('');
                }}
              >
                {programs.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              {err('program')}
            </label>
            <label>
              <span>{t.results.metric}</span>
              <input
                list="pl-metrics"
                value={effectiveMetric}
                onInput={(e) => setMetric((e.currentTarget as HTMLInputElement).value)}
                aria-describedby={errors.metric ? 'err-metric' : 'help-metric'}
              />
              <datalist id="pl-metrics">
                {metrics.map((m) => (
                  <option key={m} value={m} />
                ))}
              </datalist>
              <span class="muted small" id="help-metric">
                {t.results.metricHelp(metrics.map((m) => metricName(t, m)).join(', '))}
              </span>
              {err('metric')}
            </label>
            <label>
              <span>{t.results.count}</span>
              <input
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                value={count}
                onInput={(e) => setCount((e.currentTarget as HTMLInputElement).value)}
                aria-describedby={errors.count ? 'err-count' : undefined}
              />
              {err('count')}
            </label>
            <PlatformSelect
              label={t.results.platform}
              value={platform}
              onChange={setPlatform}
              emptyLabel={t.results.noPlatform}
              labels={t.platforms}
            />
            <label>
              <span>{t.results.member}</span>
              <input
                value={member}
                maxLength={64}
                onInput={(e) => setMember((e.currentTarget as HTMLInputElement).value)}
              />
              {err('member')}
            </label>
            <div class="actions">
              <button type="submit" class="btn btn-primary">
                {t.common.save}
              </button>
              {saved ? (
                <span class="ok-text" role="status">
                  {saved}
                </span>
              ) : null}
            </div>
          </form>
        </Section>
        <Section title={t.results.importCsv}>
          <ImportPanel />
        </Section>
      </div>
      <Section title={t.results.recent}>
        {shown.total === 0 ? (
          <EmptyState title={t.results.empty} />
        ) : (
          <>
            {shown.total > shown.rows.length ? (
              <p class="muted small">{t.results.showing(shown.rows.length, shown.total)}</p>
            ) : null}
            <div class="table-wrap">
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t.common.date}</th>
                    <th scope="col">{t.common.program}</th>
                    <th scope="col">{t.common.metric}</th>
                    <th scope="col" class="num">
                      {t.common.count}
                    </th>
                    <th scope="col">{t.common.platform}</th>
                    <th scope="col">{t.common.member}</th>
                    <th scope="col">
                      <span class="sr-only">{t.common.delete}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.rows.map((r) => {
                    const name = programs.find((p) => p.id === r.program)?.name ?? r.program;
                    const what = `${f.day(r.day)} ${name} ${metricName(t, r.metric)}`;
                    return (
                      <tr key={resultKey(r)}>
                        <th scope="row">{f.day(r.day)}</th>
                        <td>{name}</td>
                        <td>
                          {metricName(t, r.metric)}{' '}
                          <span class="muted small">· {t.results.source[r.source]}</span>
                        </td>
                        <td class="num">{f.count(r.count)}</td>
                        <td>{r.platform ? t.platforms[r.platform] : t.common.none}</td>
                        <td>{r.member ?? t.common.none}</td>
                        <td>
                          <button
                            type="button"
                            class="btn btn-ghost btn-small"
                            aria-label={t.results.deleteLabel(what)}
                            onClick={() => void remove(r)}
                          >
                            {t.common.delete}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {shown.total > shown.rows.length ? (
              <div class="actions">
                <button type="button" class="btn" onClick={() => setLimit((n) => n + 4 * PAGE)}>
                  {t.results.more}
                </button>
              </div>
            ) : null}
          </>
        )}
      </Section>
    </div>
  );
}
