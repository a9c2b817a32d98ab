import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import { errorMessage } from '../../pages/errors';
import type { T } from '../../pages/i18n';

// The creator's own data, from Options: a copy of everything (the versioned JSON the dashboard and
// `npm run report` read), and deleting the promotion log and the results — asked twice, since
// nothing brings them back. Links and settings stay: they are set up above.

type Stage =
  | { name: 'idle' }
  | { name: 'confirm' }
  | { name: 'busy' }
  | { name: 'done'; text: string }
  | { name: 'error'; text: string };

export function DataSection({ t }: { t: T }) {
  const [stage, setStage] = useState<Stage>({ name: 'idle' });

  async function exportAll() {
    try {
      const { json, filename } = await send({ type: 'export' });
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStage({ name: 'done', text: t('data.exported', { file: filename }) });
    } catch (error) {
      setStage({ name: 'error', text: errorMessage(error) });
    }
  }

  async function deleteAll() {
    setStage({ name: 'busy' });
    try {
      const { deleted } = await send({ type: 'delete-all', confirm: true });
      setStage({ name: 'done', text: t('data.deleted', { n: String(deleted) }) });
    } catch (error) {
      setStage({ name: 'error', text: errorMessage(error) });
    }
  }

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p class="muted">{t('data.help')}</p>
      <div class="row-actions">
        <button type="button" class="btn" onClick={() => void exportAll()}>
          {t('data.export')}
        </button>
        {stage.name !== 'confirm' && (
          <button
            type="button"
            class="btn btn-quiet btn-danger"
            disabled={stage.name === 'busy'}
            onClick={() => setStage({ name: 'confirm' })}
          >
            {t('data.delete')}
          </button>
        )}
      </div>
      {stage.name === 'confirm' && (
        <div class="notice notice-warning" role="alertdialog" aria-labelledby="data-confirm">
          <span id="data-confirm">{t('data.confirm')}</span>
          <div class="row-actions">
            <button type="button" class="btn btn-danger" onClick={() => void deleteAll()}>
              {t('data.deleteConfirm')}
            </button>
            <button type="button" class="btn btn-quiet" onClick={() => setStage({ name: 'idle' })}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {stage.name === 'done' && (
        <p class="notice notice-success" role="status">
          {stage.text}
        </p>
      )}
      {stage.name === 'error' && (
        <p class="notice notice-error" role="alert">
          {stage.text}
        </p>
      )}
    </section>
  );
}
