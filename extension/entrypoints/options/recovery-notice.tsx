import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locale';
import { send } from '../../messaging/client';
import type { SettingsRecoveryState } from '../../messaging/protocol';
import { formatTime } from '../../pages/format';
import type { T } from '../../pages/i18n';

// When the stored settings could not be read, the background uses defaults and keeps the old record
// aside. Options says so, before the user saves over the defaults without knowing.

export function RecoveryNotice({ t, locale }: { t: T; locale: Locale }) {
  const [recovery, setRecovery] = useState<SettingsRecoveryState | null>(null);

  useEffect(() => {
    send({ type: 'settings-recovery' })
      .then(setRecovery)
      // Only a hint: if the question fails, the page works as usual.
      .catch(() => setRecovery(null));
  }, []);

  if (!recovery) return null;
  return (
    <div class="notice notice-warning" role="alert">
      <span>
        {t('options.recovered', { savedAt: formatTime(recovery.savedAt, locale), backup: recovery.backupId })}
        {recovery.problems[0] && (
          <span class="mono">
            {' '}
            ({recovery.problems[0].field}: {recovery.problems[0].message})
          </span>
        )}
      </span>
    </div>
  );
}
