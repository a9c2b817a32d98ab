import { describe, expect, it } from 'vitest';
import { createHealthMonitor, type HealthDeps } from './health';
import type { HealthCheck } from './types';

const CHECK: HealthCheck = {
  feature: 'composer',
  path: /^\/channels\/[^/]+\/\d+/,
  when: '.chat',
  expect: '.composer',
  withinMs: 1000,
};

function setup(initial: { path: string; present: string[] }) {
  const state = { ...initial, now: 0 };
  const sent: Array<[string, boolean]> = [];
  const timers: Array<{ at: number; cb: () => void }> = [];
  const deps: HealthDeps = {
    checks: [CHECK],
    path: () => state.path,
    has: (s) => state.present.includes(s),
    now: () => state.now,
    later: (ms, cb) => timers.push({ at: state.now + ms, cb }),
    send: (feature, ok) => sent.push([feature, ok]),
  };
  const monitor = createHealthMonitor(deps);
  const advance = (ms: number) => {
    state.now += ms;
    for (const t of timers.splice(0).filter((t) => t.at <= state.now)) t.cb();
  };
  return { state, sent, monitor, advance };
}

describe('health monitor', () => {
  it('reports a feature broken once when its selector never matches in time', () => {
    const { sent, monitor, advance } = setup({ path: '/channels/1/2', present: ['.chat'] });
    monitor.check();
    advance(500);
    monitor.check();
    expect(sent).toEqual([]);
    advance(600);
    monitor.check();
    monitor.check();
    expect(sent).toEqual([['composer', false]]);
  });

  it('says nothing while the page condition does not hold', () => {
    const { sent, monitor, advance } = setup({ path: '/channels/@me', present: ['.chat'] });
    monitor.check();
    advance(5000);
    monitor.check();
    expect(sent).toEqual([]);
  });

  it('says nothing when things work, and reports a recovery once after a failure', () => {
    const { state, sent, monitor, advance } = setup({
      path: '/channels/1/2',
      present: ['.chat', '.composer'],
    });
    monitor.check();
    expect(sent).toEqual([]);
    state.present = ['.chat'];
    monitor.check();
    advance(1100);
    state.present = ['.chat', '.composer'];
    monitor.check();
    monitor.check();
    expect(sent).toEqual([
      ['composer', false],
      ['composer', true],
    ]);
  });

  it('restarts the clock on a client-side navigation', () => {
    const { state, sent, monitor, advance } = setup({ path: '/channels/1/2', present: ['.chat'] });
    monitor.check();
    advance(900);
    state.path = '/channels/1/3';
    monitor.check();
    advance(900);
    monitor.check();
    expect(sent).toEqual([]);
  });
});
