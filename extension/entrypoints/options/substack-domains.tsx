import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostSchema } from '../../../shared/schemas/settings';
import { errorMessage } from '../../pages/errors';
import { domainOfOrigin, hostFromInput } from '../../pages/hosts';
import type { T } from '../../pages/i18n';

// Substack publications on their own domain. The extension asks for nothing beyond the four sites
// (quality.md S5); each custom domain is an optional host permission that the user grants here, from
// the click itself (browsers only show the prompt during a user gesture), and can take back.

/** Hosts the extension always has (content-script matches, host_permissions): not listed here. */
function requiredOrigins(): Set<string> {
  const manifest = browser.runtime.getManifest();
  const origins = new Set<string>(manifest.host_permissions ?? []);
  for (const script of manifest.content_scripts ?? []) for (const m of script.matches ?? []) origins.add(m);
  return origins;
}

const BUILT_IN = /(^|\.)(substack\.com|tiktok\.com|youtube\.com|discord\.com)$/;

export function SubstackDomains({ t }: { t: T }) {
  const [domains, setDomains] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');

  const refresh = useCallback(async () => {
    const required = requiredOrigins();
    const all = await browser.permissions.getAll();
    const granted = (all.origins ?? [])
      .filter((o) => !required.has(o))
      .map(domainOfOrigin)
      .filter((d): d is string => d !== null);
    setDomains([...new Set(granted)].sort());
  }, []);

  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [refresh]);

  // Not async before the request: an `await` first would end the user gesture and the browser
  // would refuse to ask.
  const add = (event: Event) => {
    event.preventDefault();
    setMessage('');
    const parsed = hostSchema.safeParse(hostFromInput(input));
    if (!parsed.success) {
      setError(t('domains.invalid'));
      return;
    }
    const domain = parsed.data;
    if (BUILT_IN.test(domain)) {
      setError(t('domains.builtIn', { domain }));
      return;
    }
    setError('');
    browser.permissions
      .request({ origins: [`https://${domain}/*`] })
      .then(async (granted) => {
        if (granted) {
          setInput('');
          setMessage(t('domains.granted', { domain }));
        } else {
          setError(t('domains.refused', { domain }));
        }
        await refresh();
      })
      .catch((e: unknown) => setError(t('domains.failed', { reason: errorMessage(e) })));
  };

  const remove = async (domain: string) => {
    try {
      await browser.permissions.remove({ origins: [`https://${domain}/*`] });
      setMessage(t('domains.removed', { domain }));
      await refresh();
    } catch (e) {
      setError(t('domains.failed', { reason: errorMessage(e) }));
    }
  };

  return (
    <section class="card" aria-labelledby="domains-title">
      <div class="card-header">
        <h2 id="domains-title">{t('domains.title')}</h2>
        <p class="muted">{t('domains.intro')}</p>
      </div>
      {domains.length > 0 ? (
        <ul class="chip-list">
          {domains.map((domain) => (
            <li key={domain} class="chip">
              <span class="mono">{domain}</span>
              <button
                type="button"
                class="btn btn-small btn-quiet"
                aria-label={t('domains.remove', { domain })}
                onClick={() => remove(domain)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('domains.none')}</p>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field grow">
          <label class="field-label" for="domain-input">
            {t('domains.label')}
          </label>
          <input
            id="domain-input"
            type="text"
            inputMode="url"
            spellcheck={false}
            placeholder="newsletter.example.com"
            value={input}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'domain-error' : undefined}
            onInput={(e) => {
              setInput(e.currentTarget.value);
              setError('');
            }}
          />
        </div>
        <button type="submit" class="btn">
          {t('domains.add')}
        </button>
        {error && (
          <p id="domain-error" class="field-error full" role="alert">
            {error}
          </p>
        )}
      </form>
      <p class="muted" role="status">
        {message}
      </p>
    </section>
  );
}
