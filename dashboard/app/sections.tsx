import { VIEWS, type ViewId } from '../i18n';
import { ActivityView } from '../views/activity';
import { ChallengesView } from '../views/challenges';
import { OverviewView } from '../views/overview';
import { PayoutsView } from '../views/payouts';
import { ProgramsView } from '../views/programs';
import { ResultsView } from '../views/results';
import { TeamView } from '../views/team';
import { TransferView } from '../views/transfer';
import { WhatIfView } from '../views/what-if';
import { useDashboard } from './context';
import type { HostView } from './host';

// The dashboard's sections: which one the URL names, the tab list that moves between them, and the
// view each shows — the dashboard's own (VIEWS) followed by those its host page added.

/** A section: one of the dashboard's own, or one its host added. */
export type SectionId = ViewId | (string & {});

export function viewFromHash(hostViews: readonly HostView[]): SectionId {
  const id = typeof location === 'undefined' ? '' : location.hash.replace(/^#\/?/, '');
  if ((VIEWS as readonly string[]).includes(id) || hostViews.some((v) => v.id === id)) return id;
  return 'overview';
}

/** The sections as a vertical tab list: arrows move between them, Home and End jump to the ends. */
export function Nav({ hostViews }: { hostViews: readonly HostView[] }) {
  const { t, f, view, navigate } = useDashboard();
  const sections: { id: SectionId; label: string }[] = [
    ...VIEWS.map((id) => ({ id, label: t.nav[id] })),
    ...hostViews.map((v) => ({ id: v.id, label: v.label(f.lang) })),
  ];
  const onKey = (e: KeyboardEvent) => {
    const i = sections.findIndex((s) => s.id === view);
    let next: number | null = null;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = (i + 1) % sections.length;
    if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = (i - 1 + sections.length) % sections.length;
    if (e.key === 'Home') next = 0;
    if (e.key === 'End') next = sections.length - 1;
    if (next === null) return;
    e.preventDefault();
    const id = sections[next]?.id ?? 'overview';
    navigate(id, `pl-tab-${id}`);
  };
  return (
    <nav class="nav" aria-label={t.nav.label}>
      <div role="tablist" aria-orientation="vertical" aria-label={t.nav.label} onKeyDown={onKey}>
        {sections.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`pl-tab-${id}`}
            class={`nav-item nav-${id}`}
            aria-selected={view === id}
            aria-controls="pl-panel"
            tabIndex={view === id ? 0 : -1}
            onClick={() => navigate(id, `pl-tab-${id}`)}
          >
            <span class="nav-icon" aria-hidden="true" />
            {label}
          </button>
        ))}
      </div>
    </nav>
  );
}

/** The view of the current section. */
export function CurrentView({ view, hostViews }: { view: SectionId; hostViews: readonly HostView[] }) {
  const { f, settings } = useDashboard();
  const hostView = hostViews.find((v) => v.id === view);
  if (hostView) return <div class="view host-view">{hostView.render({ lang: f.lang, settings })}</div>;
  switch (view as ViewId) {
    case 'overview':
      return <OverviewView />;
    case 'activity':
      return <ActivityView />;
    case 'results':
      return <ResultsView />;
    case 'challenges':
      return <ChallengesView />;
    case 'payouts':
      return <PayoutsView />;
    case 'whatif':
      return <WhatIfView />;
    case 'programs':
      return <ProgramsView />;
    case 'team':
      return <TeamView />;
    case 'transfer':
      return <TransferView />;
  }
}
