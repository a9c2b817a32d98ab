import type { Status } from '../widget/widget-view';

// A promotion whose log entry cannot be sent (the background unreachable, its storage full) stays
// in the outbox and is retried; the creator must not believe it counted when it has not. Once two
// sends in a row have failed with entries still waiting, the widgets say how many are not saved
// yet; once the outbox is empty again, that they are. One failure alone is said nothing: a
// background that was asleep answers the retry.

export interface LogNotice {
  /** A send failed (the events stay queued). */
  failed(pending: number): void;
  /** The number of entries waiting changed. */
  pending(pending: number): void;
}

export function createLogNotice(say: (status: Status) => void): LogNotice {
  let failures = 0;
  let warned = false;
  const check = (pending: number) => {
    if (pending === 0) {
      failures = 0;
      if (warned) say({ tone: 'ok', key: 'logSaved' });
      warned = false;
      return;
    }
    if (failures < 2) return;
    warned = true;
    say({ tone: 'warn', key: 'logPending', vars: { n: pending } });
  };
  return {
    failed(pending) {
      failures++;
      check(pending);
    },
    pending: check,
  };
}
