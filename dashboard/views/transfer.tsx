import { useState } from 'preact/hooks';
import { type LedgerFilter, NO_MEMBER } from '../../extension/db/store';
import { isValidDay } from '../../shared/dates/days';
import { CATALOG } from '../../shared/programs/catalog';
import type { Platform } from '../../shared/schemas/common';
import { useDashboard } from '../app/context';
import { ImportPanel } from '../components/import-panel';
import { Notice, PlatformSelect, Section } from '../components/ui';
import type { ExportFormat } from '../data/export';
import { downloadText } from './shared';

export function TransferView() {
  const { t, f, client, model, settings, announce } = useDashboard();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [platform, setPlatform] = useState('');
  const [program, setProgram] = useState('');
  const [member, setMember] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const members = model?.members ?? [];
  const programs = [...CATALOG, ...settings.customPrograms];

  async function run(format: ExportFormat) {
    const filter: LedgerFilter = {};
    if (isValidDay(from)) filter.from = from;
    if (isValidDay(to)) filter.to = to;
    if (platform) filter.platform = platform as Platform;
    if (program) filter.program = program;
    if (member) filter.member = member;
    setBusy(true);
    try {
      const out = await client.exportFile(format, filter, new Date());
      downloadText(out.text, out.filename, out.mime);
      const msg = t.transfer.exported(out.filename, f.count(out.events + out.results));
      setMessage(msg);
      announce(msg);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="view">
      <h2 class="view-title">{t.transfer.title}</h2>
      <Section title={t.transfer.exportTitle}>
        <p class="muted">{t.transfer.exportIntro}</p>
        <div class="filter-grid">
          <label>
            <span>{t.common.from}</span>
            <input
              type="date"
              value={from}
              onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label>
            <span>{t.common.to}</span>
            <input
              type="date"
              value={to}
              onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <PlatformSelect
            label={t.common.platform}
            value={platform}
            onChange={setPlatform}
            emptyLabel={t.transfer.anyPlatform}
            labels={t.platforms}
          />
          <label>
            <span>{t.common.program}</span>
            <select
              value={program}
              onChange={(e) => setProgram((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t.transfer.anyProgram}</option>
              {programs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t.common.member}</span>
            <select value={member} onChange={(e) => setMember((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t.transfer.anyMember}</option>
              {members.map((m) => (
                <option key={m.member} value={m.member}>
                  {m.member === NO_MEMBER ? t.controls.noMember : m.member}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="actions">
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void run('json')}>
            {t.transfer.exportJson}
          </button>
          <button type="button" class="btn" disabled={busy} onClick={() => void run('events-csv')}>
            {t.transfer.exportEvents}
          </button>
          <button type="button" class="btn" disabled={busy} onClick={() => void run('results-csv')}>
            {t.transfer.exportResults}
          </button>
        </div>
        {message ? (
          <Notice tone="success" role="status">
            {message}
          </Notice>
        ) : null}
      </Section>
      <Section title={t.transfer.importTitle}>
        <p class="muted">{t.transfer.importIntro}</p>
        <ImportPanel id="transfer-import" />
      </Section>
    </div>
  );
}
