import { useCallback, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../shared/schemas/settings';
import { errorMessage } from './errors';
import type { T } from './i18n';
import type { SettingsApi } from './use-settings';

// One place that says whether the last change was saved: "Saving…", "Saved", or why it was not.
// Every edit on a page goes through `save`, which resolves to false (and says why) on failure so
// that the caller can keep what the user typed.

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; message: string }
  | { kind: 'failed'; message: string };

export type Save = (edit: (current: Settings) => Settings, savedMessage?: string) => Promise<boolean>;

export function useSave(api: SettingsApi, t: T): { state: SaveState; save: Save } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(0);
  const save = useCallback<Save>(
    async (edit, savedMessage) => {
      const ticket = ++latest.current;
      setState({ kind: 'saving' });
      try {
        await api.update(edit);
        if (ticket === latest.current)
          setState({ kind: 'saved', message: savedMessage ?? t('status.saved') });
        return true;
      } catch (error) {
        if (ticket === latest.current) {
          setState({ kind: 'failed', message: t('status.failed', { reason: errorMessage(error) }) });
        }
        return false;
      }
    },
    [api.update, t],
  );
  return { state, save };
}

export function SaveStatus({ state, t }: { state: SaveState; t: T }) {
  // Always rendered, so that screen readers announce changes of its text (a live region must exist
  // before its content changes).
  const cls =
    state.kind === 'failed'
      ? 'notice notice-error'
      : state.kind === 'saved'
        ? 'notice notice-success'
        : 'notice';
  const text = state.kind === 'saving' ? t('status.saving') : state.kind === 'idle' ? '' : state.message;
  return (
    <div class="save-status" role="status" aria-live="polite">
      {text && <p class={cls}>{text}</p>}
    </div>
  );
}
