import { render } from 'preact';
import { App } from './app/app';
import type { LedgerStore } from './data/store';
import './styles.css';

// The one entry point of the dashboard, whoever hosts it: the standalone site (main.tsx) or the
// extension's dashboard page, each passing the store that reads its own data.

export interface MountOptions {
  host: 'extension' | 'standalone';
  /** Called once the first figures are painted, with the milliseconds it took from mount (P7). */
  onFirstRender?: (ms: number) => void;
}

/** Renders the dashboard into `root`; returns the function that unmounts it. */
export function mountDashboard(root: Element, store: LedgerStore, options: MountOptions): () => void {
  render(
    <App
      store={store}
      host={options.host}
      {...(options.onFirstRender ? { onFirstRender: options.onFirstRender } : {})}
    />,
    root,
  );
  return () => render(null, root);
}

export type { LedgerStore } from './data/store';
