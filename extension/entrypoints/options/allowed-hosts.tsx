import { useState } from 'preact/hooks';
import { BUILT_IN_LINK_HOSTS } from '../../../shared/links/link-target';
import { hostSchema, type Settings } from '../../../shared/schemas/settings';
import { hostFromInput } from '../../pages/hosts';
import type { T } from '../../pages/i18n';
import type { Save } from '../../pages/save-status';
import { addAllowedHost, removeAllowedHost } from '../../pages/settings-edit';

// Sites besides Instagram and Facebook that a referral link may go to (a link-in-bio page, say).
// quality.md S3: links go only to those hosts, so the list is the user's explicit choice.

const MAX_HOSTS = 50;

export function AllowedHosts({ settings, save, t }: { settings: Settings; save: Save; t: T }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = hostSchema.safeParse(hostFromInput(input));
    if (!parsed.success) {
      setError(t('hosts.invalid'));
      return;
    }
    const host = parsed.data;
    if (BUILT_IN_LINK_HOSTS.includes(host) || settings.allowedHosts.includes(host)) {
      setError(t('hosts.already', { host }));
      return;
    }
    if (settings.allowedHosts.length >= MAX_HOSTS) {
      setError(t('hosts.tooMany', { max: MAX_HOSTS }));
      return;
    }
    setError('');
    if (await save((current) => addAllowedHost(current, host), t('status.hostAdded', { host }))) setInput('');
  };

  return (
    <section class="card" aria-labelledby="hosts-title">
      <div class="card-header">
        <h2 id="hosts-title">{t('hosts.title')}</h2>
        <p class="muted">{t('hosts.intro')}</p>
      </div>
      {settings.allowedHosts.length > 0 ? (
        <ul class="chip-list">
          {settings.allowedHosts.map((host) => (
            <li key={host} class="chip">
              <span class="mono">{host}</span>
              <button
                type="button"
                class="btn btn-small btn-quiet"
                aria-label={t('hosts.remove', { host })}
                onClick={() =>
                  save((current) => removeAllowedHost(current, host), t('status.hostRemoved', { host }))
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('hosts.none')}</p>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field grow">
          <label class="field-label" for="host-input">
            {t('hosts.label')}
          </label>
          <input
            id="host-input"
            type="text"
            inputMode="url"
            spellcheck={false}
            placeholder="linktr.ee"
            value={input}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'host-error' : undefined}
            onInput={(e) => {
              setInput(e.currentTarget.value);
              setError('');
            }}
          />
        </div>
        <button type="submit" class="btn">
          {t('hosts.add')}
        </button>
        {error && (
          <p id="host-error" class="field-error full" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
