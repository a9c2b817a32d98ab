// The widget's stylesheet, inside its shadow root: page styles cannot reach it and it reaches
// nothing outside. `:host { all: initial }` resets what the host would inherit from the page.

export const WIDGET_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
fieldset { margin: 0; min-width: 0; }
.w {
  --bg: #ffffff; --fg: #16181d; --muted: #5d6069; --line: rgba(22, 24, 29, 0.12);
  --track: rgba(22, 24, 29, 0.08); --shadow: 0 6px 24px rgba(0, 0, 0, 0.14), 0 1px 3px rgba(0, 0, 0, 0.08);
  --focus: #3b6ef5; --ok: #167a3e; --warn: #8a5a00; --err: #b42318; --hover: rgba(22, 24, 29, 0.06);
  font: 13px/1.35 system-ui, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: var(--shadow);
}
.w.dark {
  --bg: #202127; --fg: #f2f2f4; --muted: #a9abb3; --line: rgba(255, 255, 255, 0.14);
  --track: rgba(255, 255, 255, 0.12); --shadow: 0 6px 24px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
  --focus: #8fb0ff; --ok: #58c585; --warn: #f5c451; --err: #ff8a80; --hover: rgba(255, 255, 255, 0.08);
}
.full { width: 272px; padding: 8px 10px; display: grid; grid-template-columns: minmax(0, 1fr); gap: 6px; }
.compact { display: inline-flex; align-items: center; gap: 2px; padding: 3px; border-radius: 999px; }
.head { display: flex; align-items: center; gap: 4px; }
button, a { font: inherit; color: inherit; }
button { cursor: pointer; border: 0; background: none; padding: 0; }
button:focus-visible, a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.icon { width: 28px; height: 28px; display: inline-grid; place-items: center; border-radius: 999px; color: var(--muted); flex: none; }
.icon:hover { background: var(--hover); color: var(--fg); }
.insert {
  display: flex; align-items: center; justify-content: center; gap: 6px; flex: 1; height: 32px;
  border-radius: 8px; color: #fff; font-weight: 600;
  background: linear-gradient(90deg, #e1306c, #c13584 50%, #833ab4);
}
.insert:hover { filter: brightness(1.08); }
.insert[aria-disabled="true"] { filter: grayscale(0.7) opacity(0.6); cursor: default; }
.insert.round { flex: none; width: 30px; height: 30px; border-radius: 999px; }
.row { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.earned { color: var(--fg); font-weight: 600; }
.program { min-width: 0; overflow: hidden; overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; }
.bar { height: 3px; border-radius: 2px; background: var(--track); overflow: hidden; }
.bar > span { display: block; height: 100%; background: linear-gradient(90deg, #f9a23c, #e1306c); }
.link { color: var(--fg); text-decoration: none; font-weight: 500; display: inline-flex; align-items: center; gap: 3px; white-space: nowrap; }
.link:hover { text-decoration: underline; }
.status { font-size: 12px; display: flex; align-items: flex-start; gap: 6px; justify-content: space-between; }
.status.ok { color: var(--ok); }
.status.warn { color: var(--warn); font-weight: 600; }
.status.err { color: var(--err); }
.status button { text-decoration: underline; color: var(--fg); white-space: nowrap; }
.muted { color: var(--muted); font-size: 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
