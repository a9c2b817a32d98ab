import { checkLinkTarget, isAllowedHost } from '../../shared/links/link-target';
import { hasScheme, parseWebUrl } from '../../shared/links/web-url';
import type { T } from './i18n';

// Checks a link the user typed and says what is wrong in the page's language. The rules are
// shared/links' checkLinkTarget; only the wording is ours, so both languages give the same verdict.

export type LinkInputCheck =
  | { ok: true; url: string }
  | {
      ok: false;
      message: string /** Set when adding this host to the allowed sites would fix it. */;
      host?: string;
    };

export function checkLinkInput(input: string, allowedHosts: readonly string[], t: T): LinkInputCheck {
  const check = checkLinkTarget(input, allowedHosts);
  if (check.ok) return check;
  const text = input.trim();
  const url = parseWebUrl(hasScheme(text) ? text : `https://${text}`);
  switch (check.reason) {
    case 'not_url':
      if (text === '') return { ok: false, message: t('linkError.empty') };
      return { ok: false, message: text.length > 2048 ? t('linkError.tooLong') : t('linkError.notUrl') };
    case 'not_https':
      return { ok: false, message: url?.protocol === 'http:' ? t('linkError.http') : t('linkError.scheme') };
    case 'credentials':
      return { ok: false, message: t('linkError.credentials') };
    case 'host_not_allowed': {
      const host = (url?.hostname ?? '').replace(/\.$/, '');
      // checkLinkTarget refuses a port on an allowed host with the same reason.
      if (url && url.port !== '' && isAllowedHost(host, allowedHosts)) {
        return { ok: false, message: t('linkError.port', { port: url.port }) };
      }
      return { ok: false, message: t('linkError.host', { host }), host };
    }
  }
}
