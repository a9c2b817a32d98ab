import { describe, expect, it } from 'vitest';
import { createHealthMonitor, type HealthDeps } from './health';
import type { HealthCheck } from './types';

const CHECK: HealthCheck = {
  feature: 'composer',
  surface: 'message',
  path: /^\/channels\/[^/]+\/\d+/,
  when: '.chat',
  unless: '.read-only',
  expect: '.composer',
  withinMs: 1000,
};
/** Another surface's check on other pages: its state is its own. */
const OTHER: HealthCheck = {
  feature: 'composer',
  surface: 'comment',
  path: /^\/p\//,
  expect: '.comment-box',
  withinMs: 1000,
};

function setup(initial: { path: string; present: string[] }, checks: readonly HealthCheck[] = [CHECK]) {
  const state = { ...initial, now: 0 };
  const sent: Array<[string, boolean]> = [];
  const surfaces: string[] = [];
  const timers: Array<{ at: number; cb: () => void }> = [];
  const deps: HealthDeps = {
    checks,
    path: () => state.path,
    has: (s) => state.present.includes(s),
    now: () => state.now,
    later: (ms, cb) => timers.push({ at: state.now + ms, cb }),
    send: (feature, surface, ok) => {
      sent.push([feature, ok]);
      surfaces.push(`${feature}:${surface}:${ok}`);
    },
  };
  const monitor = createHealthMonitor(deps);
  const advance = (ms: number) => {
    state.now += ms;
    for (const t of timers.splice(0).filter((t) => t.at <= state.now)) t.cb();
  };
  return { state, sent, surfaces, monitor, advance };
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

  it('says a check holds once (clearing another tab’s warning), then only when it flips', () => {
    const { state, sent, monitor, advance } = setup({
      path: '/channels/1/2',
      present: ['.chat', '.composer'],
    });
    monitor.check();
    monitor.check();
    expect(sent).toEqual([['composer', true]]);
    state.present = ['.chat'];
    monitor.check();
    advance(1100);
    state.present = ['.chat', '.composer'];
    monitor.check();
    monitor.check();
    expect(sent).toEqual([
      ['composer', true],
      ['composer', false],
      ['composer', true],
    ]);
  });

  it('raises nothing on a page in a state without a composer (read-only, signed out)', () => {
    const { sent, monitor, advance } = setup({ path: '/channels/1/2', present: ['.chat', '.read-only'] });
    monitor.check();
    advance(5000);
    monitor.check();
    expect(sent).toEqual([]);
  });

  it('keeps each check’s state apart: a page of one surface never speaks for another', () => {
    const { state, surfaces, monitor, advance } = setup({ path: '/channels/1/2', present: ['.chat'] }, [
      CHECK,
      OTHER,
    ]);
    monitor.check();
    advance(1100);
    expect(surfaces).toEqual(['composer:message:false']);
    state.path = '/p/a-post';
    state.present = ['.comment-box'];
    monitor.check();
    expect(surfaces).toEqual(['composer:message:false', 'composer:comment:true']);
  });

  it('reports posts confirmed or not per surface, once per flip', () => {
    const { surfaces, monitor } = setup({ path: '/x', present: [] });
    monitor.report('submit', 'comment', false);
    monitor.report('submit', 'comment', false);
    monitor.report('submit', 'message', true);
    monitor.report('submit', 'comment', true);
    expect(surfaces).toEqual(['submit:comment:false', 'submit:message:true', 'submit:comment:true']);
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
