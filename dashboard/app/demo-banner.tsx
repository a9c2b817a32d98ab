import { useDashboard } from './context';

/** Above every view while the stored data is the demo: says so, and removes it in one click. */
export function DemoBanner() {
  const { t, store, announce, setPrefs, refresh } = useDashboard();
  return (
    <div class="demo-banner" role="note">
      <span class="badge badge-demo">{t.demo.badge}</span>
      <span>{t.demo.banner}</span>
      {store.clearAll ? (
        <button
          type="button"
          class="btn btn-small"
          onClick={async () => {
            await store.clearAll?.();
            setPrefs({ asOf: null, member: null });
            await refresh();
            announce(t.demo.removed);
          }}
        >
          {t.demo.remove}
        </button>
      ) : null}
    </div>
  );
}
