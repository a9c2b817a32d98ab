import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useDashboard } from '../app/context';
import { storageErrorText } from '../i18n';
import type { ImportPreview } from '../import/preview';
import { CancelledError, type ImportJob, prewarmImportWorker, startImport } from '../worker/import-client';
import { Notice } from './ui';

// Import, the one way in for files: read and check in a worker (progress, cancel), show what would
// be added, found already or rejected and why, and write nothing until the user confirms — then write
// everything in one transaction (issue 4, "Export and import").

type Stage =
  | { name: 'idle' }
  | { name: 'reading'; fraction: number; file: number; files: number }
  | { name: 'preview'; plan: ImportPreview }
  | { name: 'writing'; plan: ImportPreview }
  | { name: 'error'; message: string };

const PROBLEMS_SHOWN = 50;

/**
 * How many of a file's problems are listed: the first PROBLEMS_SHOWN, never the summary line
 * that ends a list cut at its limit ("N more problems … not listed"), which the count says exactly.
 */
function shownProblems(file: { problems: readonly { field: string }[]; problemCount: number }): number {
  return Math.min(PROBLEMS_SHOWN, file.problems.length, file.problemCount);
}

export function ImportPanel(props: { id?: string; title?: string; help?: string }) {
  const { t, f, store, meta, announce, model, refresh } = useDashboard();
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const [applySettings, setApplySettings] = useState(false);
  const [replaceDemo, setReplaceDemo] = useState(true);
  const [dragging, setDragging] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const job = useRef<ImportJob | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const empty = (model?.counts.events ?? 0) + (model?.counts.results ?? 0) === 0;

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    prewarmImportWorker();
    return () => {
      mounted.current = false;
      job.current?.cancel();
    };
  }, []);

  /** Done with the job (written, discarded, cancelled or failed): a fresh worker for the next import. */
  function release() {
    job.current = null;
    // Not for a panel that is gone (its job cancelled on the way out).
    if (mounted.current) prewarmImportWorker();
  }

  async function read(files: File[]) {
    if (files.length === 0) return;
    setMessage(null);
    setStage({ name: 'reading', fraction: 0, file: 1, files: files.length });
    // Marks for the benchmark and the browser's performance panel (quality.md P8).
    performance.mark('promo-ledger:import-start');
    const started = startImport(
      store,
      files.map((file) => ({ name: file.name, file })),
      (p) => setStage({ name: 'reading', fraction: p.fraction, file: p.file + 1, files: p.files }),
    );
    job.current = started;
    try {
      // The rows stay with the job (in its worker, where it can write the store's database itself)
      // until the user confirms or discards.
      const plan = await started.preview;
      performance.mark('promo-ledger:import-planned');
      // The file's programs are taken by default only where nothing else would be replaced.
      setApplySettings(plan.settings !== null && (empty || meta.demo));
      setReplaceDemo(true);
      setStage({ name: 'preview', plan });
    } catch (err) {
      release();
      if (err instanceof CancelledError) {
        setStage({ name: 'idle' });
        setMessage(t.transfer.cancelled);
        announce(t.transfer.cancelled);
      } else setStage({ name: 'error', message: err instanceof Error ? err.message : String(err) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  async function commit(plan: ImportPreview) {
    const current = job.current;
    if (!current) return;
    setStage({ name: 'writing', plan });
    performance.mark('promo-ledger:import-confirmed');
    try {
      const outcome = await current.commit({
        // The file's programs only, applied to the settings as stored when the import is written:
        // the links and the rest of this creator's settings stay.
        programsFrom: applySettings && plan.settings ? plan.settings : null,
        replaceAll: meta.demo && replaceDemo,
      });
      performance.mark('promo-ledger:import-written');
      // The page and its worker see the import before it says it is done.
      await refresh();
      const done = t.transfer.done(f.count(outcome.events), f.count(outcome.results));
      setStage({ name: 'idle' });
      setMessage(done);
      announce(done);
    } catch (err) {
      setStage({
        name: 'error',
        message: storageErrorText(t, err),
      });
    } finally {
      release();
    }
  }

  function discard() {
    job.current?.cancel();
    release();
    setStage({ name: 'idle' });
  }

  return (
    <div class="import-panel" id={props.id}>
      {props.title ? <h3>{props.title}</h3> : null}
      {props.help ? <p class="muted">{props.help}</p> : null}
      {stage.name === 'idle' || stage.name === 'error' ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file button is the way in from the keyboard
        <div
          class={`dropzone ${dragging ? 'dropzone-active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void read([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          <input
            ref={input}
            id={inputId}
            class="file-input"
            type="file"
            multiple
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => void read([...((e.currentTarget as HTMLInputElement).files ?? [])])}
          />
          <label for={inputId} class="btn btn-primary">
            {t.transfer.choose}
          </label>
          <span class="muted">{t.transfer.drop}</span>
        </div>
      ) : null}
      {message ? (
        <Notice tone="success" role="status">
          {message}
        </Notice>
      ) : null}
      {stage.name === 'error' ? (
        <Notice tone="error" role="alert">
          {stage.message}
        </Notice>
      ) : null}
      {stage.name === 'reading' ? (
        <div class="reading">
          <p>{t.transfer.reading(stage.file, stage.files)}</p>
          <div
            class="meter meter-ok"
            role="progressbar"
            aria-label={t.transfer.reading(stage.file, stage.files)}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(stage.fraction * 100)}
          >
            <div class="meter-fill" style={{ width: `${(stage.fraction * 100).toFixed(1)}%` }} />
          </div>
          <button type="button" class="btn" onClick={() => job.current?.cancel()}>
            {t.common.cancel}
          </button>
        </div>
      ) : null}
      {stage.name === 'preview' || stage.name === 'writing' ? (
        <Preview
          plan={stage.plan}
          writing={stage.name === 'writing'}
          applySettings={applySettings}
          setApplySettings={setApplySettings}
          replaceDemo={replaceDemo}
          setReplaceDemo={setReplaceDemo}
          onConfirm={() => void commit(stage.plan)}
          onDiscard={discard}
        />
      ) : null}
    </div>
  );
}

function Preview(props: {
  plan: ImportPreview;
  writing: boolean;
  applySettings: boolean;
  setApplySettings: (v: boolean) => void;
  replaceDemo: boolean;
  setReplaceDemo: (v: boolean) => void;
  onConfirm: () => void;
  onDiscard: () => void;
}) {
  const { t, f, meta } = useDashboard();
  const { plan } = props;
  const rows = plan.rows.events + plan.rows.results;
  const canWrite =
    rows > 0 || (props.applySettings && plan.settings !== null) || (meta.demo && props.replaceDemo);
  return (
    <div class="preview" aria-live="polite">
      <h3>{t.transfer.preview}</h3>
      <div class="table-wrap">
        <table class="data preview-table">
          <thead>
            <tr>
              <th scope="col">{t.transfer.file}</th>
              <th scope="col" class="num">
                {t.transfer.read}
              </th>
              <th scope="col" class="num">
                {t.transfer.added}
              </th>
              <th scope="col" class="num">
                {t.transfer.duplicate}
              </th>
              <th scope="col" class="num">
                {t.transfer.replaced}
              </th>
              <th scope="col" class="num">
                {t.transfer.rejected}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.files.map((file) => (
              <tr key={file.name} data-file={file.name}>
                <th scope="row">
                  <div class="file-name">{file.name}</div>
                  <div class="muted small">
                    {file.kind ? t.transfer.kind[file.kind] : t.transfer.unknownKind}
                  </div>
                </th>
                <td class="num">{f.count(file.read)}</td>
                <td class="num" data-field="added">
                  {f.count(file.events.added + file.results.added)}
                </td>
                <td class="num" data-field="duplicate">
                  {f.count(file.events.duplicate + file.results.unchanged)}
                </td>
                <td class="num" data-field="replaced">
                  {f.count(file.results.replaced)}
                </td>
                <td class={`num ${file.rejected > 0 ? 'text-danger' : ''}`} data-field="rejected">
                  {f.count(file.rejected)}
                </td>
              </tr>
            ))}
          </tbody>
          {plan.files.length > 1 ? (
            <tfoot>
              <tr>
                <th scope="row">{t.common.total}</th>
                <td class="num">{f.count(plan.files.reduce((s, x) => s + x.read, 0))}</td>
                <td class="num">{f.count(plan.totals.added)}</td>
                <td class="num">{f.count(plan.totals.duplicate)}</td>
                <td class="num">{f.count(plan.totals.replaced)}</td>
                <td class="num">{f.count(plan.totals.rejected)}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {plan.files
        .filter((file) => file.problems.length > 0)
        .map((file) => (
          <div class={`problems-block ${file.unusable ? 'unusable' : ''}`} key={file.name}>
            <h4>
              {file.unusable ? t.transfer.unusable : t.transfer.problems}{' '}
              <span class="file-name">{file.name}</span>
            </h4>
            <ul class="problems">
              {file.problems.slice(0, shownProblems(file)).map((p) => (
                <li key={`${p.row ?? ''}|${p.field}|${p.message}`}>
                  {p.row !== undefined ? <span class="row-ref">{t.transfer.row(p.row)}</span> : null}
                  <code>{p.field}</code> {p.message}
                </li>
              ))}
            </ul>
            {file.problemCount > shownProblems(file) ? (
              <p class="muted small">{t.transfer.more(file.problemCount - shownProblems(file))}</p>
            ) : null}
          </div>
        ))}
      {plan.settings && plan.settingsFrom ? (
        <label class="check">
          <input
            type="checkbox"
            checked={props.applySettings}
            onChange={(e) => props.setApplySettings((e.currentTarget as HTMLInputElement).checked)}
          />
          {t.transfer.applySettings(plan.settingsFrom)}
        </label>
      ) : null}
      {meta.demo ? (
        <label class="check">
          <input
            type="checkbox"
            checked={props.replaceDemo}
            onChange={(e) => props.setReplaceDemo((e.currentTarget as HTMLInputElement).checked)}
          />
          {t.transfer.replaceDemo}
        </label>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          disabled={!canWrite || props.writing}
          onClick={props.onConfirm}
        >
          {rows > 0 ? t.transfer.confirm(f.count(rows)) : t.common.apply}
        </button>
        <button type="button" class="btn" disabled={props.writing} onClick={props.onDiscard}>
          {t.transfer.discard}
        </button>
        {rows === 0 ? <span class="muted">{t.transfer.nothing}</span> : null}
      </div>
    </div>
  );
}
