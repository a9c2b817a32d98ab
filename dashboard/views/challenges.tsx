import { daysBetween } from '../../shared/dates/days';
import type { Pace } from '../../shared/engine/projection';
import type { Progress } from '../../shared/engine/types';
import type { ProgramDefinition } from '../../shared/schemas/program';
import { useDashboard } from '../app/context';
import { Badge, EmptyState, Meter, Section } from '../components/ui';
import type { ProgramModel } from '../model/dashboard-model';
import { Loading, memberName, progressLabel } from './shared';

const PER_PERIOD = new Set(['challenge', 'cadence', 'contract']);

export function ChallengesView() {
  const { t, model, navigate } = useDashboard();
  if (!model) return <Loading />;
  const programs = model.programs.filter((p) => PER_PERIOD.has(p.definition.kind));
  return (
    <div class="view">
      <h2 class="view-title">{t.challenges.title}</h2>
      {programs.length === 0 ? (
        <Section title={t.challenges.title}>
          <EmptyState
            title={t.challenges.empty}
            action={
              <button type="button" class="btn btn-primary" onClick={() => navigate('programs')}>
                {t.nav.programs}
              </button>
            }
          >
            {t.challenges.emptyHelp}
          </EmptyState>
        </Section>
      ) : (
        programs.map((p) => <ChallengeCard key={p.report.id} program={p} />)
      )}
    </div>
  );
}

function ChallengeCard({ program }: { program: ProgramModel }) {
  const { t, f } = useDashboard();
  const { report: r, definition: def } = program;
  if (!r.members)
    return <ProgressBlock def={def} progress={r.progress} paceNeeded={r.paceNeeded} title={r.name} />;
  // A team: every creator's own periods and tiers (each reaches them on their own).
  return (
    <Section title={r.name}>
      <p class="muted">
        {t.challenges.perCreator(f.money(r.earnedCents), r.members.length + program.membersNotShown)}
      </p>
      {r.members.map((m) => (
        <ProgressBlock
          key={m.member ?? ''}
          def={def}
          progress={m.progress}
          paceNeeded={m.paceNeeded}
          member={memberName(t, m.member)}
          earnedCents={m.earnedCents}
        />
      ))}
      {program.membersNotShown > 0 ? (
        <p class="muted small" data-field="members-not-shown">
          {t.challenges.membersNotShown(program.membersNotShown)}
        </p>
      ) : null}
    </Section>
  );
}

function ProgressBlock(props: {
  def: ProgramDefinition;
  progress: Progress[];
  paceNeeded: Pace[];
  title?: string;
  member?: string;
  earnedCents?: number;
}) {
  const { t, f, asOf } = useDashboard();
  const { def } = props;
  const items = props.progress.filter((p) => p.id !== 'window-start');
  const note = props.progress.find((p) => p.id === 'window-start');
  const first = items[0];
  const reached = items.filter((p) => p.reached).length;
  const periodEnd = first?.periodEnd;
  const left = periodEnd ? daysBetween(asOf, periodEnd) : null;
  const rewards =
    def.kind === 'challenge' ? new Map(def.tiers.map((tier) => [tier.id, tier.rewardCents])) : null;
  const body = (
    <>
      <div class="challenge-meta">
        {props.member !== undefined ? (
          <strong data-member={props.member}>
            {props.earnedCents !== undefined
              ? t.common.colon(props.member, f.money(props.earnedCents))
              : props.member}
          </strong>
        ) : null}
        {first?.periodStart ? (
          <span>
            {periodEnd
              ? t.challenges.period(f.day(first.periodStart), f.day(periodEnd))
              : t.challenges.periodOpen(f.day(first.periodStart))}
          </span>
        ) : null}
        {left !== null ? (
          <Badge tone={left > 0 ? 'accent' : 'muted'}>
            {left > 0 ? t.challenges.daysLeftInPeriod(left) : t.challenges.periodEnded}
          </Badge>
        ) : null}
        {items.length > 0 ? <span class="muted">{t.challenges.summary(reached, items.length)}</span> : null}
      </div>
      {note ? <p class="muted">{progressLabel(t, f, note)}</p> : null}
      <ul class="progress-list">
        {items.map((p) => {
          const label = progressLabel(t, f, p);
          const pace = props.paceNeeded.find((x) => x.id === p.id);
          const status = p.reached ? 'reached' : p.reachable ? 'reachable' : 'unreachable';
          const reward = rewards?.get(p.id);
          return (
            <li key={p.id} class={`progress-item progress-${status}`}>
              <div class="progress-head">
                <span class="progress-label">{label}</span>
                <span class="progress-count">
                  {f.count(p.current)}/{f.count(p.target)}
                </span>
              </div>
              <Meter
                value={p.current}
                max={p.target}
                label={t.common.colon(label, `${f.count(p.current)}/${f.count(p.target)}`)}
                tone={p.reached ? 'done' : p.reachable ? 'ok' : 'warn'}
              />
              <div class="progress-foot">
                <Badge tone={p.reached ? 'ok' : p.reachable ? 'accent' : 'danger'}>
                  {t.challenges[status]}
                </Badge>
                {!p.reached && p.reachable && pace ? (
                  <span class="muted small">
                    {t.challenges.needs(f.count(pace.remaining), f.rate(pace.perDay))}
                  </span>
                ) : null}
                {reward !== undefined ? (
                  <span class="muted small">{t.common.colon(t.challenges.reward, f.money(reward))}</span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
  return props.title !== undefined ? (
    <Section title={props.title}>{body}</Section>
  ) : (
    <div class="member-progress">{body}</div>
  );
}
