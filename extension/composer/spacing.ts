// Where spaces go around an inserted link (sites.md "Spacing"): one before it when the caret
// follows text on the same line, one after it unless whitespace already follows. The space after
// matters on TikTok (a link glued to the next word breaks it, and `#`/`@` open suggestion
// popovers) and in Tiptap, which autolinks a URL once a space follows it.

const WHITESPACE = /\s/u;

/** The text to insert for `link`, given the text right before and right after the caret. */
export function spacedLink(link: string, before: string, after: string): string {
  const last = before.slice(-1);
  const next = after.slice(0, 1);
  const lead = last !== '' && !WHITESPACE.test(last) ? ' ' : '';
  const trail = next !== '' && WHITESPACE.test(next) ? '' : ' ';
  return `${lead}${link}${trail}`;
}

/**
 * Zero-width characters editors keep in empty lines (Slate's `\uFEFF`, `\u200B`). The zero-width
 * joiner stays: it is part of emoji sequences.
 */
export function stripZeroWidth(text: string): string {
  return text.replace(/\u200B|\u200C|\uFEFF/g, '');
}
