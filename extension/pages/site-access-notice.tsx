import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Platform } from '../../shared/schemas/common';
import { PLATFORM_ORDER } from './describe';
import { errorMessage } from './errors';
import type { T } from './i18n';
import { covered, siteList, sitePatterns } from './site-access';

// Whether the browser lets Promo Ledger run on the four sites. Firefox treats Manifest V3 host
// permissions as opt-in (extensions.originControls.grantByDefault=false for some users), and
// Chrome users can restrict site access: then no widget can appear, and without this notice
// nothing would say why. The button asks for the missing sites from the user's click (the only
// place permissions.request is allowed); the background then injects the widget into open tabs.

type Access =
  | { status: 'checking' }
  | { status: 'ready'; missing: Platform[]; patterns: string[] }
  | { status: 'unknown'; error: string };

export function useSiteAccess() {
  const [access, setAccess] = useState<Access>({ status: 'checking' });

  const check = useCallback(async () => {
    try {
      const bySite = sitePatterns(browser.runtime.getManifest().content_scripts);
      // getAll, not contains: Chrome's contains() answers false for origins granted through
      // content-script matches, which getAll() lists.
      const granted = (await browser.permissions.getAll()).origins ?? [];
      const missing = [...bySite].filter(([, patterns]) => !patterns.every((p) => covered(granted, p)));
      const ordered = PLATFORM_ORDER.filter((p) => missing.some(([site]) => site === p));
      setAccess({ status: 'ready', missing: ordered, patterns: ordered.flatMap((p) => bySite.get(p) ?? []) });
    } catch (error) {
      setAccess({ status: 'unknown', error: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void check();
    const changed = () => void check();
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  }, [check]);

  return { access, check };
}

/** The notice and its button; nothing when every site is allowed. */
export function SiteAccessNotice({ t }: { t: T }) {
  const { access, check } = useSiteAccess();
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  if (access.status !== 'ready' || access.missing.length === 0) {
    return answer?.ok ? (
      <p class="notice" role="status">
        {answer.text}
      </p>
    ) : null;
  }
  const sites = siteList(access.missing, t);
  const allow = () => {
    // Called straight from the click: Firefox refuses permissions.request after an await.
    browser.permissions.request({ origins: access.patterns }).then(
      (granted) => {
        setAnswer(
          granted
            ? { ok: true, text: t('access.granted', { sites }) }
            : { ok: false, text: t('access.declined', { sites }) },
        );
        void check();
      },
      (error: unknown) => setAnswer({ ok: false, text: t('access.failed', { reason: errorMessage(error) }) }),
    );
  };
  return (
    <div class="notice notice-warning site-access" role="alert">
      <span>{t('access.missing', { sites })}</span>
      <button type="button" class="btn btn-small btn-primary" onClick={allow}>
        {t('access.allow', { sites })}
      </button>
      {answer && !answer.ok && (
        <span class="field-error" role="status">
          {answer.text}
        </span>
      )}
    </div>
  );
}
