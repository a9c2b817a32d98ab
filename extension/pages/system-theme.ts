// The extension pages follow the system's light or dark setting. The colours (dashboard/theme.css)
// switch on data-theme="dark", which the dashboard sets from its reader's choice; Options and the
// popup set it on <html> from prefers-color-scheme, now and whenever the system changes.

export function followSystemTheme(root: HTMLElement = document.documentElement): () => void {
  const query = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    root.dataset.theme = query.matches ? 'dark' : 'light';
  };
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
