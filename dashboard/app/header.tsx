import { NO_MEMBER } from '../../extension/db/store';
import { isValidDay } from '../../shared/dates/days';
import { useDashboard } from './context';
import type { HostAction } from './host';
import type { LangChoice, ThemeChoice } from './prefs';

export function Header({
  host,
  actions = [],
}: {
  host: 'extension' | 'standalone';
  actions?: readonly HostAction[];
}) {
  const { t, f, prefs, setPrefs, asOf, model, computing, meta } = useDashboard();
  const members = model?.members ?? [];
  const named = members.filter((m) => m.member !== NO_MEMBER);
  const lang = f.lang;
  return (
    <header class="topbar">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true" />
        <div>
          <h1>
            {t.appName} <span class="brand-sub">{t.appTitle}</span>
          </h1>
          <p class="host-line">{t.host[host]}</p>
        </div>
      </div>
      <div class="controls">
        <label class="control">
          <span>{t.controls.asOf}</span>
          <span class="control-row">
            <input
              type="date"
              value={asOf}
              title={t.controls.asOfHelp}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLInputElement).value;
                if (isValidDay(v)) setPrefs({ asOf: v });
              }}
            />
            {prefs.asOf !== null ? (
              <button type="button" class="btn btn-ghost btn-small" onClick={() => setPrefs({ asOf: null })}>
                {meta.demo && meta.demoAsOf ? f.dayShort(meta.demoAsOf) : t.controls.today}
              </button>
            ) : null}
          </span>
        </label>
        {named.length > 0 || prefs.member !== null ? (
          <label class="control">
            <span>{t.controls.member}</span>
            <select
              value={prefs.member ?? ''}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value;
                setPrefs({ member: v === '' ? null : v });
              }}
            >
              <option value="">{t.controls.everyone}</option>
              {named.map((m) => (
                <option key={m.member} value={m.member}>
                  {m.member}
                </option>
              ))}
              {members.some((m) => m.member === NO_MEMBER) ? (
                <option value={NO_MEMBER}>{t.controls.noMember}</option>
              ) : null}
            </select>
          </label>
        ) : null}
        <label class="control">
          <span>{t.controls.method}</span>
          <select
            value={prefs.method}
            onChange={(e) =>
              setPrefs({ method: (e.currentTarget as HTMLSelectElement).value as 'run-rate' | 'trend' })
            }
          >
            <option value="run-rate">{t.controls.methods['run-rate']}</option>
            <option value="trend">{t.controls.methods.trend}</option>
          </select>
        </label>
        <label class="control">
          <span>{t.controls.language}</span>
          <select
            value={prefs.lang === 'auto' ? lang : prefs.lang}
            onChange={(e) => setPrefs({ lang: (e.currentTarget as HTMLSelectElement).value as LangChoice })}
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="fr" lang="fr">
              Français
            </option>
          </select>
        </label>
        <label class="control">
          <span>{t.controls.theme}</span>
          <select
            value={prefs.theme}
            onChange={(e) => setPrefs({ theme: (e.currentTarget as HTMLSelectElement).value as ThemeChoice })}
          >
            <option value="system">{t.controls.themes.system}</option>
            <option value="light">{t.controls.themes.light}</option>
            <option value="dark">{t.controls.themes.dark}</option>
          </select>
        </label>
        {actions.map((a) => (
          <button key={a.id} type="button" class={`btn host-action host-action-${a.id}`} onClick={a.run}>
            {a.label(lang)}
          </button>
        ))}
        <span class={`busy ${computing ? 'busy-on' : ''}`} aria-hidden={!computing} role="status">
          {computing ? t.common.computing : ''}
        </span>
      </div>
    </header>
  );
}
