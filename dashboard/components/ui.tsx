import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { RESULT_PLATFORMS, type ResultPlatform } from '../../shared/schemas/common';

// Small building blocks shared by the views. Text from data and imports is always rendered as text
// (JSX children), never as HTML (quality.md S3).

export function Section(props: {
  title: string;
  children: ComponentChildren;
  actions?: ComponentChildren;
  id?: string;
}) {
  const id = useId();
  return (
    <section class="card" aria-labelledby={id} id={props.id}>
      <header class="card-head">
        <h2 id={id}>{props.title}</h2>
        {props.actions}
      </header>
      {props.children}
    </section>
  );
}

export function EmptyState(props: {
  title: string;
  children?: ComponentChildren;
  action?: ComponentChildren;
}) {
  return (
    <div class="empty">
      <div class="empty-mark" aria-hidden="true" />
      <p class="empty-title">{props.title}</p>
      {props.children ? <p class="muted">{props.children}</p> : null}
      {props.action}
    </div>
  );
}

export function Tile(props: {
  label: string;
  value: string;
  hint?: string | undefined;
  tone?: 'accent' | 'plain';
}) {
  return (
    <div class={`tile ${props.tone === 'accent' ? 'tile-accent' : ''}`}>
      <div class="tile-label">{props.label}</div>
      <div class="tile-value">{props.value}</div>
      {props.hint ? <div class="tile-hint">{props.hint}</div> : null}
    </div>
  );
}

/** A progress bar with its numbers in words for screen readers. */
export function Meter(props: { value: number; max: number; label: string; tone?: 'ok' | 'warn' | 'done' }) {
  const ratio = props.max > 0 ? Math.max(0, Math.min(1, props.value / props.max)) : 0;
  return (
    <div
      class={`meter meter-${props.tone ?? 'ok'}`}
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={props.max}
      aria-valuenow={Math.min(props.value, props.max)}
    >
      <div class="meter-fill" style={{ width: `${(ratio * 100).toFixed(1)}%` }} />
    </div>
  );
}

export function Notice(props: {
  tone: 'info' | 'warn' | 'error' | 'success';
  children: ComponentChildren;
  role?: 'status' | 'alert';
}) {
  return (
    <div class={`notice notice-${props.tone}`} role={props.role}>
      {props.children}
    </div>
  );
}

/** A chart's table equivalent, folded away by default (a native disclosure: keyboard-usable as is). */
export function TableEquivalent(props: { summary: string; children: ComponentChildren }) {
  return (
    <details class="table-equivalent">
      <summary>{props.summary}</summary>
      <div class="table-wrap">{props.children}</div>
    </details>
  );
}

export function Badge(props: {
  children: ComponentChildren;
  tone?: 'accent' | 'muted' | 'ok' | 'warn' | 'danger';
}) {
  return <span class={`badge badge-${props.tone ?? 'muted'}`}>{props.children}</span>;
}

/** A labelled select of the platforms a result can name, with a first option for "none" or "any". */
export function PlatformSelect(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  emptyLabel: string;
  labels: Record<ResultPlatform, string>;
}) {
  return (
    <label>
      <span>{props.label}</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{props.emptyLabel}</option>
        {RESULT_PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {props.labels[p]}
          </option>
        ))}
      </select>
    </label>
  );
}
