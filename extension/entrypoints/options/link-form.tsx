import { useState } from 'preact/hooks';
import { CATALOG } from '../../../shared/programs/catalog';
import { DEFAULT_PROGRAM_ID, type Settings } from '../../../shared/schemas/settings';
import { describeTarget } from '../../pages/describe';
import type { T } from '../../pages/i18n';
import { checkLinkInput, type LinkInputCheck } from '../../pages/link-check';
import type { Save } from '../../pages/save-status';
import { addAllowedHost, addLink } from '../../pages/settings-edit';

// "Add a link": the Instagram address, an optional label and the program it promotes. What the user
// typed stays in the form until the background confirms the save, so a failed save loses nothing.

interface Props {
  settings: Settings;
  save: Save;
  t: T;
  /** Called with the new link's id once it is saved. */
  onAdded: (id: string) => void;
}

export function LinkForm({ settings, save, t, onAdded }: Props) {
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [programId, setProgramId] = useState(DEFAULT_PROGRAM_ID);
  const [error, setError] = useState<Extract<LinkInputCheck, { ok: false }> | null>(null);
  const [busy, setBusy] = useState(false);

  const check = url.trim() ? checkLinkInput(url, settings.allowedHosts, t) : null;
  const preview = check?.ok ? describeTarget(check.url, t) : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = checkLinkInput(url, settings.allowedHosts, t);
    if (!result.ok) {
      setError(result);
      document.getElementById('link-url')?.focus();
      return;
    }
    if (settings.links.some((l) => l.url === result.url)) {
      setError({ ok: false, message: t('linkError.duplicate') });
      return;
    }
    setError(null);
    setBusy(true);
    const id = crypto.randomUUID();
    const ok = await save(
      (current) =>
        addLink(current, { id, url: result.url, label, programId, createdAt: new Date().toISOString() }),
      t('status.linkSaved'),
    );
    setBusy(false);
    if (ok) {
      setUrl('');
      setLabel('');
      onAdded(id);
    }
  };

  const allowHost = async (host: string) => {
    if (await save((current) => addAllowedHost(current, host), t('status.hostAdded', { host })))
      setError(null);
  };

  const errorId = error ? 'link-url-error' : undefined;
  return (
    <form class="link-form" onSubmit={submit} noValidate aria-labelledby="link-form-title">
      <h3 id="link-form-title">{settings.links.length === 0 ? t('form.titleFirst') : t('form.title')}</h3>
      <div class="field">
        <label class="field-label" for="link-url">
          {t('form.url')}
        </label>
        <input
          id="link-url"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://www.instagram.com/yourname/"
          value={url}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={errorId ?? 'link-url-hint'}
          onInput={(e) => {
            setUrl(e.currentTarget.value);
            if (error) setError(null);
          }}
        />
        {error ? (
          <div id="link-url-error" class="field-error row" role="alert">
            <span>{error.message}</span>
            {error.host && (
              <button type="button" class="btn btn-small" onClick={() => allowHost(error.host ?? '')}>
                {t('form.allowHost', { host: error.host })}
              </button>
            )}
          </div>
        ) : (
          <p id="link-url-hint" class="field-hint">
            {preview ?? t('form.urlHint')}
          </p>
        )}
      </div>
      <div class="form-grid">
        <div class="field">
          <label class="field-label" for="link-label">
            {t('form.label')}
          </label>
          <input
            id="link-label"
            type="text"
            maxLength={80}
            placeholder={t('form.labelPlaceholder')}
            value={label}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="field-label" for="link-program">
            {t('form.program')}
          </label>
          <select id="link-program" value={programId} onChange={(e) => setProgramId(e.currentTarget.value)}>
            {CATALOG.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            {settings.customPrograms.length > 0 && (
              <optgroup label={t('form.customPrograms')}>
                {settings.customPrograms.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
      </div>
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {t('form.save')}
        </button>
        {busy && <span class="muted">{t('status.saving')}</span>}
      </div>
    </form>
  );
}
