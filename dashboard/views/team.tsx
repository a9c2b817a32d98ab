import { NO_MEMBER } from '../../extension/db/store';
import { useDashboard } from '../app/context';
import { ImportPanel } from '../components/import-panel';
import { Section } from '../components/ui';
import { Loading } from './shared';

export function TeamView() {
  const { t, f, model, prefs, setPrefs } = useDashboard();
  if (!model || model.partial) return <Loading />;
  const named = model.members.filter((m) => m.member !== NO_MEMBER);
  return (
    <div class="view">
      <h2 class="view-title">{t.team.title}</h2>
      <p class="lead">{t.team.intro}</p>
      <Section title={t.team.members}>
        {named.length === 0 ? (
          <p class="muted">{t.team.none}</p>
        ) : (
          <div class="table-wrap">
            <table class="data members-table">
              <thead>
                <tr>
                  <th scope="col">{t.common.member}</th>
                  <th scope="col" class="num">
                    {t.team.posted}
                  </th>
                  <th scope="col" class="num">
                    {t.team.events}
                  </th>
                  <th scope="col" class="num">
                    {t.team.results}
                  </th>
                  <th scope="col" class="num">
                    {t.team.earned}
                  </th>
                  <th scope="col">
                    <span class="sr-only">{t.team.show}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {model.members.map((m) => {
                  const name = m.member === NO_MEMBER ? t.controls.noMember : m.member;
                  const selected = prefs.member === m.member;
                  return (
                    <tr key={m.member} class={selected ? 'row-selected' : ''} data-member={m.member}>
                      <th scope="row">{name}</th>
                      <td class="num">{f.count(m.posted)}</td>
                      <td class="num">{f.count(m.events)}</td>
                      <td class="num">{f.count(m.results)}</td>
                      <td class="num">{f.money(m.earnedCents)}</td>
                      <td>
                        <button
                          type="button"
                          class="btn btn-small"
                          aria-pressed={selected}
                          onClick={() => setPrefs({ member: selected ? null : m.member })}
                        >
                          {selected ? t.controls.everyone : `${t.team.show} ${name}`}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.team.total}</th>
                  <td class="num">{f.count(model.members.reduce((s, m) => s + m.posted, 0))}</td>
                  <td class="num">{f.count(model.members.reduce((s, m) => s + m.events, 0))}</td>
                  <td class="num">{f.count(model.members.reduce((s, m) => s + m.results, 0))}</td>
                  <td class="num" data-field="team-earned">
                    {f.money(model.members.reduce((s, m) => s + m.earnedCents, 0))}
                  </td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </Section>
      <Section title={t.team.merge}>
        <ImportPanel help={t.team.mergeHelp} id="team-import" />
      </Section>
    </div>
  );
}
