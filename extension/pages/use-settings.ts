import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatPath } from '../../shared/schemas/errors';
import { type Settings, settingsSchema } from '../../shared/schemas/settings';
import { send } from '../messaging/client';
import { errorMessage } from './errors';

// The settings as the extension pages see them: loaded from the background, changed only through
// `update`, which applies an edit to the last *saved* value and resolves once the background has
// stored it. Edits run one after the other, so two quick clicks never save over each other.

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
  const saved = useRef<Settings | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const reload = useCallback(async () => {
    try {
      const settings = await send({ type: 'settings-get' });
      saved.current = settings;
      setState({ status: 'ready', settings });
    } catch (error) {
      setState({ status: 'error', error: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const update = useCallback((edit: (current: Settings) => Settings) => {
    const run = queue.current.then(async () => {
      const base = saved.current;
      if (!base) throw new Error('the settings are not loaded yet');
      const next = edit(base);
      if (next === base) return base;
      // The background parses it again; checking here names the field before anything is sent.
      const parsed = settingsSchema.safeParse(next);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid settings');
      }
      setPending((n) => n + 1);
      try {
        await send({ type: 'settings-save', settings: parsed.data });
      } finally {
        setPending((n) => n - 1);
      }
      saved.current = parsed.data;
      setState({ status: 'ready', settings: parsed.data });
      return parsed.data;
    });
    // A failed edit must not block the ones queued after it.
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  return { state, saving: pending > 0, reload, update };
}
