// The widget's stylesheet (widget.css), for its shadow root. `?inline` gives the CSS as a string,
// minified by Vite in builds: the content scripts stay under their 20 KB budget (quality.md P1).
import css from './widget.css?inline';

export const WIDGET_CSS: string = css;
