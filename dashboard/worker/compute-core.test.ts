import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStandaloneStore } from '../../extension/db/standalone-store';
import { DEMO_AS_OF, demoData } from '../../shared/demo/demo-data';
import { buildReport } from '../../shared/report/build-report';
import { createComputeClient } from './client';
import { computeHandler } from './compute-core';
import type { ComputeReply } from './protocol';

const options = { asOf: DEMO_AS_OF, method: 'run-rate' as const, member: null };

describe('the compute worker’s logic', () => {
  it('reads the events from IndexedDB itself when the store says where they are', async () => {
    const store = openStandaloneStore('compute-source');
    const demo = demoData();
    await store.loadDemo?.(demo);
    const replies: ComputeReply[] = [];
    const handle = computeHandler((r) => replies.push(r));
    const source = store.workerEventSource;
    expect(source).toEqual({ home: 'standalone', dbName: 'compute-source' });
    handle({
      type: 'data',
      data: { settings: demo.settings, results: demo.results },
      ...(source ? { eventSource: source } : {}),
    });
    // Asked while the log is being read: a partial model at once (results only), then the whole
    // one for a request that waits, and the export after the read — in order.
    handle({ type: 'model', id: 1, options });
    handle({ type: 'model', id: 2, options, waitForEvents: true });
    handle({ type: 'export', id: 3, format: 'events-csv', filter: {}, now: '2025-06-08T00:00:00Z' });
    await new Promise((r) => setTimeout(r, 150));
    expect(replies.map((r) => r.id)).toEqual([1, 2, 3]);
    const [partial, full, exported] = replies;
    const expected = buildReport({ ...demo, asOf: DEMO_AS_OF });
    expect(partial?.type === 'model' && partial.partial).toBe(true);
    expect(partial?.type === 'model' ? partial.model.report.totals : null).toEqual(expected.totals);
    expect(full?.type === 'model' && full.partial).toBe(false);
    expect(full?.type === 'model' ? full.model.report.promotions : null).toEqual(expected.promotions);
    expect(exported?.type === 'export' ? exported.output.events : 0).toBe(demo.events.length);
    store.close?.();
  });

  it('says so when there is nothing to compute from', async () => {
    const replies: ComputeReply[] = [];
    const handle = computeHandler((r) => replies.push(r));
    handle({ type: 'model', id: 7, options });
    await new Promise((r) => setTimeout(r, 10));
    expect(replies).toEqual([{ type: 'error', id: 7, message: 'no data yet' }]);
  });

  it('serves the page through the client where no Worker exists', async () => {
    const client = createComputeClient();
    const demo = demoData();
    client.setData(demo);
    const { model } = await client.model(options);
    expect(model.report.totals).toEqual(buildReport({ ...demo, asOf: DEMO_AS_OF }).totals);
    const w = await client.whatIf({ ...options, programId: 'facebook-stars', extraPromotionsPerDay: 1 });
    expect(w?.programId).toBe('facebook-stars');
    client.dispose();
  });
});
