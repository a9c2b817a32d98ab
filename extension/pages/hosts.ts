// Host names typed by the user, and the origins the browser reports for granted permissions.

/** The host the user means, from "linktr.ee", "https://linktr.ee/name" or "*.example.com". */
export function hostFromInput(input: string): string {
  let text = input.trim().toLowerCase();
  if (text.startsWith('*.')) text = text.slice(2);
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) return new URL(text).hostname;
  } catch {
    return text;
  }
  return text.split(/[/?#]/, 1)[0] ?? '';
}

/** `https://news.example.com/*` → `news.example.com`; null for patterns that are not one domain. */
export function domainOfOrigin(origin: string): string | null {
  const m = /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(origin);
  return m?.[1] ?? null;
}
