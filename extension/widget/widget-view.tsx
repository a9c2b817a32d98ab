/** @jsxImportSource ./dom */

import type { Locale } from '../i18n/locale';
import type { WidgetKey } from '../i18n/widget';
import type { WidgetState, WidgetSummary } from '../messaging/protocol';
import type { JSX } from './dom/jsx-runtime';
import { capShare, formatCents, formatRate } from './format';
import type { Theme } from './theme';

// The widget as the user sees it: the Insert button first, then the program at a glance (earned,
// cap, pace, days left) and a way to the dashboard. Compact, it keeps only Insert and Expand.
// Every control cancels `mousedown` so that the editor keeps focus and caret.

export type Translate = (key: WidgetKey, vars?: Record<string, string | number>) => string;

export interface Status {
  /** 'warn': the user has something to do (paste the copied link, remove a second copy). */
  tone: 'ok' | 'warn' | 'err';
  key: WidgetKey;
  vars?: Record<string, string | number>;
  /** Offer to copy the link instead (when insertion failed). */
  offerCopy?: boolean;
}

export interface WidgetViewProps {
  t: Translate;
  locale: Locale;
  theme: Theme;
  compact: boolean;
  /** `undefined` while loading; `null` when the background did not answer. */
  state: WidgetState | null | undefined;
  busy: boolean;
  status: Status | null;
  /** Shows the one-line disclosure of what Insert does (until the first insertion). */
  disclose: boolean;
  optionsUrl: string;
  onInsert(event: MouseEvent): void;
  onCopy(event: MouseEvent): void;
  onToggle(event: MouseEvent): void;
  /**
   * Opens an extension page (a plain link to it would be blocked); `section` names the
   * dashboard's section (its `#hash`): "Window closed" opens the programs and their dates.
   */
  onOpen(page: 'dashboard' | 'options', event: MouseEvent, section?: 'programs'): void;
}

const keepFocus = (event: MouseEvent) => event.preventDefault();

export function WidgetView(props: WidgetViewProps): JSX.Element {
  const { t, compact, state, busy } = props;
  const cls = `w ${props.theme} ${compact ? 'compact' : 'full'}`;
  const noLink = state !== undefined && !state?.link;
  const insert = (
    <button
      type="button"
      class={compact ? 'insert round' : 'insert'}
      aria-label={compact ? t('insert') : undefined}
      title={compact ? t('insert') : undefined}
      aria-disabled={busy || noLink ? 'true' : undefined}
      aria-describedby={props.status ? 'status' : props.disclose && !compact ? 'disclosure' : undefined}
      onMouseDown={keepFocus}
      onClick={props.onInsert}
    >
      <LinkIcon />
      {compact ? null : t(busy ? 'inserting' : 'insert')}
    </button>
  );
  const toggle = (
    <button
      type="button"
      class="icon"
      aria-label={t(compact ? 'expand' : 'collapse')}
      title={t(compact ? 'expand' : 'collapse')}
      aria-expanded={compact ? 'false' : 'true'}
      onMouseDown={keepFocus}
      onClick={props.onToggle}
    >
      <Chevron up={compact} />
    </button>
  );

  if (compact) {
    return (
      <fieldset class={cls} aria-label={t('region')}>
        {insert}
        {toggle}
        <StatusLine {...props} hidden />
      </fieldset>
    );
  }
  return (
    <fieldset class={cls} aria-label={t('region')}>
      <div class="head">
        {insert}
        {toggle}
      </div>
      {props.disclose ? (
        <div id="disclosure" class="muted">
          {t('disclosure')}
        </div>
      ) : null}
      <Summary {...props} />
      <StatusLine {...props} />
    </fieldset>
  );
}

function Summary({ t, locale, state, status, optionsUrl, onOpen }: WidgetViewProps): JSX.Element {
  if (state === undefined) return <div class="muted">{t('loading')}</div>;
  if (state === null) return <div class="muted">{t('unavailable')}</div>;
  const dashboard = (
    <PageLink href={state.dashboardUrl} label={t('openDashboard')} onClick={(e) => onOpen('dashboard', e)} />
  );
  if (!state.link) {
    return (
      <>
        {status?.key === 'dataLost' ? null : (
          <div class={state.dataLost ? 'status warn' : 'muted'} role={state.dataLost ? 'alert' : undefined}>
            {t(state.dataLost ? 'dataLost' : 'noLink')}
          </div>
        )}
        <div class="row">
          <PageLink href={optionsUrl} label={t('openOptions')} onClick={(e) => onOpen('options', e)} />
          {dashboard}
        </div>
      </>
    );
  }
  const s = state.summary;
  const problem = state.programProblem;
  if (!s && problem) {
    // The same message as the dashboard's: no figures from defaults the user did not choose.
    return (
      <>
        <div class="row warn" role="alert">
          {t('programInvalid', { program: problem.programName, message: problem.message })}
        </div>
        <div class="row">
          <PageLink
            href={`${state.dashboardUrl}#programs`}
            label={t('fixProgram')}
            onClick={(e) => onOpen('dashboard', e, 'programs')}
          />
        </div>
      </>
    );
  }
  if (!s) {
    return (
      <div class="row">
        <span>{t('noProgram')}</span>
        {dashboard}
      </div>
    );
  }
  const share = capShare(s.earnedCents, s.capCents);
  const pace = paceText(t, s, locale);
  return (
    <>
      <div class="row">
        <span>
          <b class="earned">{t('earned', { amount: formatCents(s.earnedCents, locale) })}</b>{' '}
          {s.capCents === null ? t('noCap') : t('ofCap', { cap: formatCents(s.capCents, locale) })}
        </span>
        {s.daysLeft <= 0 ? (
          <PageLink
            href={`${state.dashboardUrl}#programs`}
            label={t('windowClosed')}
            onClick={(e) => onOpen('dashboard', e, 'programs')}
          />
        ) : (
          <span>{daysText(t, s.daysLeft)}</span>
        )}
      </div>
      {share !== null && (
        <div
          class="bar"
          role="progressbar"
          aria-label={t('progress', { percent: share })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={share}
        >
          <span style={{ width: `${share}%` }} />
        </div>
      )}
      {pace && <div class="row">{pace}</div>}
      <div class="row">
        <span class="program" title={s.programName}>
          {s.programName}
        </span>
        {dashboard}
      </div>
    </>
  );
}

interface PageLinkProps {
  href: string;
  label: string;
  onClick(event: MouseEvent): void;
}

function PageLink({ href, label, onClick }: PageLinkProps): JSX.Element {
  return (
    <a
      class="link"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {label}
      <ExternalIcon />
    </a>
  );
}

function paceText(t: Translate, s: WidgetSummary, locale: Locale): string {
  const parts: string[] = [];
  if (s.ratePerDay !== null) parts.push(t('pace', { rate: formatRate(s.ratePerDay, locale) }));
  if (s.paceNeededPerDay !== null)
    parts.push(t('paceNeeded', { rate: formatRate(s.paceNeededPerDay, locale) }));
  return parts.join(' · ');
}

function daysText(t: Translate, days: number): string {
  return days === 1 ? t('dayLeft') : t('daysLeft', { days });
}

function StatusLine({ t, status, onCopy, hidden }: WidgetViewProps & { hidden?: boolean }): JSX.Element {
  // Always rendered, so that screen readers announce changes of this live region.
  return (
    <div
      id="status"
      class={`${hidden ? 'sr' : 'status'} ${status?.tone ?? ''}`}
      role="status"
      aria-live="polite"
    >
      {status ? <span>{t(status.key, status.vars)}</span> : null}
      {status?.offerCopy && !hidden ? (
        <button type="button" onMouseDown={keepFocus} onClick={onCopy}>
          {t('copy')}
        </button>
      ) : null}
    </div>
  );
}

function LinkIcon(): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
      <path
        fill="currentColor"
        d="M3.9 12a3.1 3.1 0 0 1 3.1-3.1h4V7H7a5 5 0 0 0 0 10h4v-1.9H7A3.1 3.1 0 0 1 3.9 12zM8 13h8v-2H8zm9-6h-4v1.9h4a3.1 3.1 0 0 1 0 6.2h-4V17h4a5 5 0 0 0 0-10z"
      />
    </svg>
  );
}

function Chevron({ up }: { up: boolean }): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
      <path
        fill="currentColor"
        d={up ? 'M7.4 14.6 12 10l4.6 4.6L18 13.2l-6-6-6 6z' : 'M7.4 9.4 12 14l4.6-4.6L18 10.8l-6 6-6-6z'}
      />
    </svg>
  );
}

function ExternalIcon(): JSX.Element {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true">
      <path fill="currentColor" d="M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14zM5 5h6v2H7v10h10v-4h2v6H5z" />
    </svg>
  );
}
