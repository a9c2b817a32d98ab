import type { Settings } from '../../../shared/schemas/settings';
import type { LedgerDb } from '../../db/db';
import type { EventWriter } from '../../db/event-writer';
import type { LedgerIdentity } from '../../db/identity';
import type { Locale } from '../../i18n/locale';

/** What the handlers need from the background, injected so that tests run them in Node. */
export interface HandlerDeps {
  db: LedgerDb;
  writer: EventWriter;
  now: () => Date;
  /** `browser.runtime.getURL('/dashboard.html')` */
  dashboardUrl: string;
  locale: (preference: Settings['locale']) => Locale;
  /** Opens an extension page in a new tab. */
  openPage: (page: 'dashboard' | 'options', section?: 'programs') => Promise<void>;
  /** Whether the database was removed under us (db/identity.ts); absent in some unit tests. */
  identity?: LedgerIdentity;
}
