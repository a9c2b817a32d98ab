import { render } from 'preact';
import type { LedgerStore } from '../extension/db/store';
import { App } from './app/app';
import type { HostAction, HostNotices, HostView } from './app/host';
import './styles.css';

// The one entry point of the dashboard, whoever hosts it: the standalone site (main.tsx) or the
// extension's dashboard page, each passing the store that reads its own data.

export interface MountOptions {
  host: 'extension' | 'standalone';
  /** Called once the first figures are painted, with the milliseconds it took from mount (P7). */
  onFirstRender?: (ms: number) => void;
  /** Sections the host adds after the dashboard's own (the extension's promotion log). */
  views?: readonly HostView[];
  /** Buttons the host adds to the header (the extension's Options page). */
  actions?: readonly HostAction[];
  /** What the host has to say about its data (the extension: the browser removed it). */
  notices?: HostNotices;
}

/** Renders the dashboard into `root`; returns the function that unmounts it. */
export function mountDashboard(root: Element, store: LedgerStore, options: MountOptions): () => void {
  render(
    <App
      store={store}
      host={options.host}
      {...(options.onFirstRender ? { onFirstRender: options.onFirstRender } : {})}
      hostViews={options.views ?? []}
      hostActions={options.actions ?? []}
      {...(options.notices ? { hostNotices: options.notices } : {})}
    />,
    root,
  );
  return () => render(null, root);
}

export type { LedgerStore } from '../extension/db/store';
export type { HostAction, HostNotices, HostView } from './app/host';
