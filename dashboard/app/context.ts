import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LedgerStore, StoreMeta } from '../../extension/db/store';
import type { Day } from '../../shared/dates/days';
import type { ResultEntry } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';
import type { Formatter } from '../format';
import type { Messages, ViewId } from '../i18n';
import type { DashboardModel } from '../model/dashboard-model';
import type { ComputeClient } from '../worker/client';
import type { Prefs } from './prefs';

export interface DashboardContextValue {
  store: LedgerStore;
  client: ComputeClient;
  t: Messages;
  f: Formatter;
  prefs: Prefs;
  setPrefs(patch: Partial<Prefs>): void;
  /** The as-of day in effect (the chosen one, the demo's, or today). */
  asOf: Day;
  today: Day;
  meta: StoreMeta;
  settings: Settings;
  /** The stored results (small: one row per day, program, metric, platform and member). */
  results: readonly ResultEntry[];
  model: DashboardModel | null;
  computing: boolean;
  /** The section shown: one of VIEWS, or a section the host page added. */
  view: ViewId | (string & {});
  navigate(view: ViewId | (string & {}), focusId?: string): void;
  /** Changes with the theme, so that charts rebuild with its colours. */
  themeKey: string;
  /**
   * Reads the store again now, without waiting for its change notice: after this page's own write,
   * so that what follows (an export, a figure) sees it.
   */
  refresh(): Promise<void>;
  /** Speaks a short confirmation in the status region. */
  announce(message: string): void;
  saveSettings(settings: Settings): Promise<void>;
  loadDemo(): Promise<void>;
}

export const DashboardContext = createContext<DashboardContextValue | null>(null);

export function useDashboard(): DashboardContextValue {
  const value = useContext(DashboardContext);
  if (!value) throw new Error('useDashboard outside the dashboard');
  return value;
}
