import { useState } from 'preact/hooks';
import { useDashboard } from '../app/context';
import { ImportPanel } from '../components/import-panel';

/** The first visit of the standalone site: the demo, an import, or an empty start. */
export function Welcome() {
  const { t, loadDemo, store, refresh } = useDashboard();
  const [importing, setImporting] = useState(false);
  return (
    <div class="view welcome">
      <div class="welcome-hero card">
        <span class="welcome-mark" aria-hidden="true" />
        <h2>{t.welcome.title}</h2>
        <p class="lead">{t.welcome.body}</p>
        <div class="welcome-choices">
          <div class="choice">
            <button type="button" class="btn btn-primary btn-large" onClick={() => void loadDemo()}>
              {t.welcome.demo}
            </button>
            <p class="muted small">{t.welcome.demoHelp}</p>
          </div>
          <div class="choice">
            <button
              type="button"
              class="btn btn-large"
              aria-expanded={importing}
              onClick={() => setImporting(true)}
            >
              {t.welcome.import}
            </button>
            <p class="muted small">{t.welcome.importHelp}</p>
          </div>
          <div class="choice">
            <button
              type="button"
              class="btn btn-ghost btn-large"
              onClick={async () => {
                await store.updateMeta?.({ welcomeDismissed: true });
                await refresh();
              }}
            >
              {t.welcome.empty}
            </button>
            <p class="muted small">{t.welcome.emptyHelp}</p>
          </div>
        </div>
        {importing ? <ImportPanel /> : null}
      </div>
    </div>
  );
}
