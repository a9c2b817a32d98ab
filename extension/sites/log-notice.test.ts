import { describe, expect, it } from 'vitest';
import type { Status } from '../widget/widget-view';
import { createLogNotice } from './log-notice';

describe('the widgets’ word on entries not saved yet', () => {
  it('says nothing for one failure the retry recovers from', () => {
    const said: Status[] = [];
    const notice = createLogNotice((s) => said.push(s));
    notice.pending(1);
    notice.failed(1);
    notice.pending(0);
    expect(said).toEqual([]);
  });

  it('says how many wait after two failures, then that they are saved', () => {
    const said: Status[] = [];
    const notice = createLogNotice((s) => said.push(s));
    notice.pending(1);
    notice.failed(1);
    notice.failed(1);
    notice.pending(2);
    notice.pending(0);
    expect(said).toEqual([
      { tone: 'warn', key: 'logPending', vars: { n: 1 } },
      { tone: 'warn', key: 'logPending', vars: { n: 2 } },
      { tone: 'ok', key: 'logSaved' },
    ]);
    // A later, single failure starts from zero again.
    notice.pending(1);
    notice.failed(1);
    notice.pending(0);
    expect(said).toHaveLength(3);
  });
});
