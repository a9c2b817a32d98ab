import type { Day } from '../../shared/dates/days';
import { isValidDay } from '../../shared/dates/days';
import type { ProjectionMethod } from '../../shared/engine/projection';

// The reader's choices on this device (language, theme, as-of, member, projection method, assumed
// conversions): UI state, not data, so they live in localStorage rather than in the ledger store
// and never travel with an export.

export type ThemeChoice = 'system' | 'light' | 'dark';
export type LangChoice = 'auto' | 'en' | 'fr';

export interface Prefs {
  lang: LangChoice;
  theme: ThemeChoice;
  method: ProjectionMethod;
  /** A fixed as-of day, or null for today (or the demo's own day). */
  asOf: Day | null;
  /** Member filter: a name, NO_MEMBER, or null for everyone. */
  member: string | null;
  /** Results per promotion to assume for a program without results, by program id. */
  assumed: Record<string, number>;
}

export const DEFAULT_PREFS: Prefs = {
  lang: 'auto',
  theme: 'system',
  method: 'run-rate',
  asOf: null,
  member: null,
  assumed: {},
};

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads stored prefs, keeping only well-formed values (a hand-edited entry cannot break the page). */
export function loadPrefs(key: string): Prefs {
  const prefs: Prefs = { ...DEFAULT_PREFS, assumed: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(storage()?.getItem(key) ?? 'null');
  } catch {
    return prefs;
  }
  if (raw === null || typeof raw !== 'object') return prefs;
  const r = raw as Record<string, unknown>;
  if (r.lang === 'auto' || r.lang === 'en' || r.lang === 'fr') prefs.lang = r.lang;
  if (r.theme === 'system' || r.theme === 'light' || r.theme === 'dark') prefs.theme = r.theme;
  if (r.method === 'run-rate' || r.method === 'trend') prefs.method = r.method;
  if (typeof r.asOf === 'string' && isValidDay(r.asOf)) prefs.asOf = r.asOf;
  if (typeof r.member === 'string' && r.member.length <= 64) prefs.member = r.member;
  if (r.assumed && typeof r.assumed === 'object') {
    for (const [id, v] of Object.entries(r.assumed as Record<string, unknown>)) {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e6) prefs.assumed[id] = v;
    }
  }
  return prefs;
}

export function savePrefs(key: string, prefs: Prefs): void {
  try {
    storage()?.setItem(key, JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the choice lasts for this visit only.
  }
}
