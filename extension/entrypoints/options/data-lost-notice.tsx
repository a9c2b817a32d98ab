import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locale';
import { send } from '../../messaging/client';
import { formatTime } from '../../pages/format';
import type { T } from '../../pages/i18n';

// The database was removed by the browser (or another page) while the extension ran: the links went
// with it. Options says so where the user sets them up again; saving a link ends the notice.

export function DataLostNotice({ t, locale }: { t: T; locale: Locale }) {
  const [at, setAt] = useState<string | null>(null);

  useEffect(() => {
    send({ type: 'ledger-status' })
      .then((status) => setAt(status.dataLost?.at ?? null))
      // Only a hint: if the question fails, the page works as usual.
      .catch(() => setAt(null));
  }, []);

  if (!at) return null;
  return (
    <div class="notice notice-warning" role="alert">
      <span>{t('data.lost', { at: formatTime(at, locale) })}</span>
    </div>
  );
}
