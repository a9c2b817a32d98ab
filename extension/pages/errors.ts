// Errors as the pages show them.

/**
 * An error as a sentence to put after our own ("Not saved. …"): the background's messages already are
 * sentences; the browser's ("the extension did not answer…") get a capital and a full stop.
 */
export function errorMessage(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim();
  if (text === '') return '';
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
