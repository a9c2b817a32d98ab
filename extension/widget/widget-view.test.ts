import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { WidgetState } from '../messaging/protocol';
import { render } from './dom/jsx-runtime';
import { WidgetView, type WidgetViewProps } from './widget-view';

// The widget's summary as rendered: the program's full name and "Window closed" as a way to the
// program's dates in the dashboard (issue 9 §4).

const { document, Event } = parseHTML('<!doctype html><html><body></body></html>');
const saved = globalThis.document;
globalThis.document = document as unknown as Document;
afterAll(() => {
  globalThis.document = saved;
});

const NAME = 'Instagram Referrals (2025): creators bringing new users, six-week window';

function state(daysLeft: number): WidgetState {
  return {
    link: { id: 'l1', label: 'Main', url: 'https://www.instagram.com/mayamakes/' },
    summary: {
      programId: 'instagram-referrals-2025',
      programName: NAME,
      earnedCents: 0,
      capCents: 2_000_000,
      projectedCents: 0,
      ratePerDay: null,
      paceNeededPerDay: null,
      metric: null,
      daysLeft,
    },
    locale: 'en',
    dashboardUrl: 'chrome-extension://abc/dashboard.html',
  };
}

function draw(daysLeft: number, onOpen: WidgetViewProps['onOpen'], change: Partial<WidgetState> = {}) {
  const root = document.createElement('div');
  const props: WidgetViewProps = {
    t: (key) => (key === 'windowClosed' ? 'Window closed' : key),
    locale: 'en',
    theme: 'light',
    compact: false,
    state: { ...state(daysLeft), ...change },
    busy: false,
    status: null,
    disclose: false,
    optionsUrl: 'chrome-extension://abc/options.html',
    onInsert: () => undefined,
    onCopy: () => undefined,
    onToggle: () => undefined,
    onOpen,
  };
  render(WidgetView(props), root as unknown as Element);
  return root;
}

describe('WidgetView summary', () => {
  it('shows the full program name, with the name as its tooltip', () => {
    const program = draw(3, () => undefined).querySelector('.program');
    expect(program?.textContent).toBe(NAME);
    expect(program?.getAttribute('title')).toBe(NAME);
  });

  it('"Window closed" links to the programs section of the dashboard', () => {
    const onOpen = vi.fn();
    const root = draw(0, onOpen);
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent?.includes('Window closed'));
    expect(link?.getAttribute('href')).toBe('chrome-extension://abc/dashboard.html#programs');
    link?.dispatchEvent(new Event('click', { bubbles: true }));
    expect(onOpen).toHaveBeenCalledWith('dashboard', expect.anything(), 'programs');
  });

  it('days left stay plain text', () => {
    const root = draw(5, () => undefined);
    expect([...root.querySelectorAll('a')].some((a) => a.textContent?.includes('daysLeft'))).toBe(false);
    expect(root.textContent).toContain('daysLeft');
  });

  it('says a program’s settings do not hold, and leads to them, instead of showing figures', () => {
    const onOpen = vi.fn();
    const root = draw(3, onOpen, {
      summary: null,
      programProblem: { programName: 'Referrals', message: 'capCents: expected 0 or more' },
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('programInvalid');
    expect(root.querySelector('.earned')).toBeNull();
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent?.includes('fixProgram'));
    expect(link?.getAttribute('href')).toBe('chrome-extension://abc/dashboard.html#programs');
  });
});
