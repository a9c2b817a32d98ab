import { useEffect, useState } from 'preact/hooks';
import type { PromotionEvent } from '../../../shared/schemas/event';
import type { LogPage, LogSource, PlatformFilter } from '../../db/log-pages';
import type { Locale } from '../../i18n/locale';
import { actionName, PLATFORM_NAMES, PLATFORM_ORDER, surfaceName } from '../../pages/describe';
import { errorMessage } from '../../pages/errors';
import { formatCount, formatTime } from '../../pages/format';
import type { T } from '../../pages/i18n';
import { pageInfo } from './paging';

// The promotion log, newest first, filtered by platform, one page at a time. It follows the
// database live (the ledger's watch also hears writes from the background), so an event logged
// while the page is open shows up without a reload.

export const PAGE_SIZE = 50;

/** Sites whose pages we link to; any other page address is shown as text only (quality.md S3). */
const LINKABLE = /(^|\.)(tiktok\.com|youtube\.com|discord\.com|substack\.com)$/;

interface Props {
  source: LogSource;
  t: T;
  locale: Locale;
  /** Names of the user's links by id (a deleted link shows as such); null while unknown. */
  linkNames: ReadonlyMap<string, string> | null;
}

type State = { status: 'loading' } | { status: 'error'; error: string } | ({ status: 'ready' } & LogPage);

export function LogView({ source, t, locale, linkNames }: Props) {
  const [platform, setPlatform] = useState<PlatformFilter>('all');
  const [page, setPage] = useState(0);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // `attempt` only re-subscribes after an error ("Try again").
    void attempt;
    return source.watch(
      { platform, offset: page * PAGE_SIZE, limit: PAGE_SIZE },
      (result) => {
        // Rows deleted under us can leave the page past the end: go back to the last one.
        const info = pageInfo(result.total, page, PAGE_SIZE);
        if (info.page !== page) setPage(info.page);
        else setState({ status: 'ready', ...result });
      },
      (error) => setState({ status: 'error', error: errorMessage(error) }),
    );
  }, [source, platform, page, attempt]);

  const total = state.status === 'ready' ? state.total : 0;
  const info = pageInfo(total, page, PAGE_SIZE);

  return (
    <section class="card log" aria-labelledby="log-title">
      <div class="log-toolbar">
        <div>
          <h2 id="log-title">{t('log.title')}</h2>
          <p class="muted" aria-live="polite">
            {state.status === 'ready' && total > 0
              ? t('log.range', {
                  first: formatCount(info.first, locale),
                  last: formatCount(info.last, locale),
                  total: formatCount(total, locale),
                })
              : '\u00a0'}
          </p>
        </div>
        <div class="field">
          <label class="field-label" for="log-platform">
            {t('log.platform')}
          </label>
          <select
            id="log-platform"
            value={platform}
            onChange={(e) => {
              setPlatform(e.currentTarget.value as PlatformFilter);
              setPage(0);
            }}
          >
            <option value="all">{t('log.allPlatforms')}</option>
            {PLATFORM_ORDER.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_NAMES[p]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {state.status === 'loading' && (
        <p class="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div class="notice notice-error" role="alert">
          <span>{t('log.loadFailed', { reason: state.error })}</span>
          <button type="button" class="btn btn-small" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.total === 0 && (
        <div class="empty">
          {platform === 'all' ? (
            <>
              <strong>{t('log.empty')}</strong>
              <p>{t('log.emptyHint')}</p>
            </>
          ) : (
            <>
              <strong>{t('log.emptyPlatform', { platform: PLATFORM_NAMES[platform] })}</strong>
              <button type="button" class="btn btn-small" onClick={() => setPlatform('all')}>
                {t('log.showAll')}
              </button>
            </>
          )}
        </div>
      )}
      {state.status === 'ready' && state.total > 0 && (
        <>
          <div class="table-wrap">
            <table class="log-table">
              <caption class="sr-only">{t('log.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('log.colTime')}</th>
                  <th scope="col">{t('log.colSite')}</th>
                  <th scope="col">{t('log.colAction')}</th>
                  <th scope="col">{t('log.colLink')}</th>
                  <th scope="col">{t('log.colPage')}</th>
                </tr>
              </thead>
              <tbody>
                {state.events.map((event) => (
                  <LogRow key={event.id} event={event} t={t} locale={locale} linkNames={linkNames} />
                ))}
              </tbody>
            </table>
          </div>
          {info.pages > 1 && (
            <nav class="pager" aria-label={t('log.pages')}>
              <button
                type="button"
                class="btn btn-small"
                disabled={info.page === 0}
                onClick={() => setPage(info.page - 1)}
              >
                {t('log.previous')}
              </button>
              <span aria-current="page">
                {t('log.pageOf', {
                  page: formatCount(info.page + 1, locale),
                  pages: formatCount(info.pages, locale),
                })}
              </span>
              <button
                type="button"
                class="btn btn-small"
                disabled={info.page >= info.pages - 1}
                onClick={() => setPage(info.page + 1)}
              >
                {t('log.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

function LogRow({ event, t, locale, linkNames }: { event: PromotionEvent } & Omit<Props, 'source'>) {
  let host = '';
  let path = event.pageUrl;
  try {
    const url = new URL(event.pageUrl);
    host = url.hostname;
    path = `${url.hostname}${url.pathname}`;
  } catch {
    // stored rows were parsed on the way in; show whatever is there as text
  }
  const linkable = event.pageUrl.startsWith('https://') && LINKABLE.test(host);
  return (
    <tr>
      <td class="nowrap">
        <time dateTime={event.time}>{formatTime(event.time, locale)}</time>
      </td>
      <td>
        <span class="nowrap">{PLATFORM_NAMES[event.platform]}</span>
        <span class="muted small"> · {surfaceName(event.surface, t)}</span>
      </td>
      <td>
        <span class={`badge action-${event.action}`}>{actionName(event.action, t)}</span>
      </td>
      <td>
        {linkNames === null ? (
          <span class="muted mono">{event.linkId}</span>
        ) : (
          (linkNames.get(event.linkId) ?? <span class="muted">{t('log.deletedLink')}</span>)
        )}
      </td>
      <td class="page-cell">
        {linkable ? (
          <a href={event.pageUrl} target="_blank" rel="noopener noreferrer" title={event.pageUrl}>
            {path}
          </a>
        ) : (
          <span title={event.pageUrl}>{path}</span>
        )}
      </td>
    </tr>
  );
}
