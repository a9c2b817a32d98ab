// The development JSX entry (Vitest and `wxt` dev builds compile JSX with `jsxDEV`).
export { Fragment, type JSX, jsx as jsxDEV } from './jsx-runtime';
