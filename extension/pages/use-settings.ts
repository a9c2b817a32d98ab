import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatPath } from '../../shared/schemas/errors';
import { type Settings, settingsSchema } from '../../shared/schemas/settings';
import { diffSettings } from '../../shared/schemas/settings-patch';
import { send } from '../messaging/client';
import { errorMessage } from './errors';

// The settings as the extension pages see them: loaded from the background, changed only through
// `update`, which applies an edit to the last *saved* value and sends what it changed as a patch
// (shared/schemas/settings-patch.ts), resolving once the background has stored it. The background
// applies the patch on top of what is stored then, so a change made meanwhile in the dashboard or
// another page stays; the reply is the settings as stored, which this page shows from then on.
// Edits run one after the other, so two quick clicks never save over each other.

export type SettingsState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; settings: Settings };

export interface SettingsApi {
  state: SettingsState;
  /** True while an edit is on its way to the background. */
  saving: boolean;
  reload: () => Promise<void>;
  /** Rejects with the reason when the settings could not be saved; the saved value is then unchanged. */
  update: (edit: (current: Settings) => Settings) => Promise<Settings>;
}

export function useSettings(): SettingsApi {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  const [pending, setPending] = useState(0);
  const saved = useRef<{ settings: Settings; revision: number } | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const reload = useCallback(async () => {
    try {
      const stored = await send({ type: 'settings-get' });
      saved.current = stored;
      setState({ status: 'ready', settings: stored.settings });
    } catch (error) {
      setState({ status: 'error', error: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const update = useCallback(
    (edit: (current: Settings) => Settings) => {
      const run = queue.current.then(async () => {
        const base = saved.current;
        if (!base) throw new Error('the settings are not loaded yet');
        const next = edit(base.settings);
        if (next === base.settings) return base.settings;
        // The background parses it again; checking here names the field before anything is sent.
        const parsed = settingsSchema.safeParse(next);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new Error(issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid settings');
        }
        setPending((n) => n + 1);
        let stored: { settings: Settings; revision: number };
        try {
          stored = await send({
            type: 'settings-update',
            patch: diffSettings(base.settings, parsed.data, base.revision),
          });
        } catch (error) {
          // Refused (a conflict, a bad link): show what is stored now, and say why.
          await reload();
          throw error;
        } finally {
          setPending((n) => n - 1);
        }
        saved.current = stored;
        setState({ status: 'ready', settings: stored.settings });
        return stored.settings;
      });
      // A failed edit must not block the ones queued after it.
      queue.current = run.catch(() => undefined);
      return run;
    },
    [reload],
  );

  return { state, saving: pending > 0, reload, update };
}
