import { z } from 'zod';
import {
  platformSchema,
  promotionEventSchema,
  type settingsSchema,
  surfaceSchema,
} from '../../shared/schemas';
import { settingsPatchSchema } from '../../shared/schemas/settings-patch';

// Every message that crosses a boundary of the extension, as one zod union: the background parses
// each request with `requestSchema` and checks the sender before acting (quality.md S1). Content
// scripts import only the *types* from here (the schemas would put zod into their bundle).

import { MAX_BATCH } from './limits';

export { MAX_BATCH };

export const SITE_FEATURES = ['composer', 'submit', 'navigation'] as const;

export const requestSchema = z.discriminatedUnion('type', [
  // From content scripts (and extension pages) ─────────────────────────────────────────────────
  /** Log promotion events; the reply lists the ids committed to IndexedDB. */
  z.strictObject({ type: z.literal('log'), events: z.array(promotionEventSchema).min(1).max(MAX_BATCH) }),
  /** What the widget shows on a site: the tagged link and the program's state at a glance. */
  z.strictObject({ type: z.literal('widget-state'), platform: platformSchema }),
  /** Open the dashboard or Options: a page cannot link to extension pages itself. */
  z.strictObject({
    type: z.literal('open-page'),
    page: z.enum(['dashboard', 'options']),
    /** A dashboard section to land on (the widget's "Window closed" → the program's dates). */
    section: z.enum(['programs']).optional(),
  }),
  /** One health check of a site adapter (a feature on a surface) failed, or holds again. */
  z.strictObject({
    type: z.literal('site-health'),
    platform: platformSchema,
    feature: z.enum(SITE_FEATURES),
    surface: surfaceSchema,
    ok: z.boolean(),
  }),
  // From extension pages only (privileged) ─────────────────────────────────────────────────────
  /** The stored settings and their revision (what a patch of them starts from). */
  z.strictObject({ type: z.literal('settings-get') }),
  /**
   * What a page changed, applied on top of what is stored now (shared/schemas/settings-patch.ts):
   * Options and the dashboard never undo each other's change.
   */
  z.strictObject({ type: z.literal('settings-update'), patch: settingsPatchSchema }),
  /** Whether the stored settings were unreadable and defaults are in use (and where the old ones are). */
  z.strictObject({ type: z.literal('settings-recovery') }),
  z.strictObject({ type: z.literal('today') }),
  /** Whether the browser removed the database (Options, the dashboard). */
  z.strictObject({ type: z.literal('ledger-status') }),
  z.strictObject({ type: z.literal('export') }),
  z.strictObject({ type: z.literal('delete-all'), confirm: z.literal(true) }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** Requests a content script may send; everything else needs an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'log',
  'widget-state',
  'site-health',
  'open-page',
]);

export interface WidgetSummary {
  programId: string;
  programName: string;
  earnedCents: number;
  capCents: number | null;
  projectedCents: number;
  /** Units a day observed (central rate) and needed to reach the cap, for the main metric. */
  ratePerDay: number | null;
  paceNeededPerDay: number | null;
  metric: string | null;
  daysLeft: number;
}

export interface WidgetState {
  link: { id: string; label: string; url: string } | null;
  summary: WidgetSummary | null;
  /**
   * The link's program has parameters (or a definition) that do not hold: said on the widget, with
   * the same message as the dashboard's, instead of figures from the catalog's defaults.
   */
  programProblem?: { programName: string; message: string } | null;
  locale: 'en' | 'fr';
  dashboardUrl: string;
  /** The browser removed the database (and the links with it): when it was noticed. */
  dataLost?: { at: string } | null;
}

export interface TodayState {
  day: string;
  byPlatform: Partial<Record<z.infer<typeof platformSchema>, number>>;
  defaultLink: { id: string; label: string; url: string } | null;
  /** The browser removed the database (and the links with it), until a link is saved again. */
  dataLost: { at: string; previous: string } | null;
  /** Health checks that fail (a feature on a surface of a site), newest first. */
  broken: {
    platform: z.infer<typeof platformSchema>;
    feature: (typeof SITE_FEATURES)[number];
    surface: z.infer<typeof surfaceSchema>;
    since: string;
  }[];
}

/** Settings that could not be read: kept under `backupId`, defaults in use until the next save. */
export interface SettingsRecoveryState {
  backupId: string;
  savedAt: string;
  problems: { field: string; message: string }[];
}

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

export interface ReplyMap {
  log: { acked: string[] };
  'widget-state': WidgetState;
  'site-health': null;
  'open-page': null;
  'settings-get': { settings: z.infer<typeof settingsSchema>; revision: number };
  'settings-update': { settings: z.infer<typeof settingsSchema>; revision: number };
  'settings-recovery': SettingsRecoveryState | null;
  today: TodayState;
  'ledger-status': { dataLost: { at: string; previous: string } | null };
  export: { json: string; filename: string };
  'delete-all': { deleted: number };
}

/**
 * Messages from the background to a tab's content script: insert the link into the focused field
 * (the keyboard shortcut), or into the right-clicked one (`via: 'context-menu'`).
 */
export type TabMessage = { type: 'insert-shortcut'; via?: 'context-menu' };
