// `URL` exists in every runtime shared/ runs in (browsers, extension service workers, Node) but is
// not in the ES2023 lib that shared/ is checked against. A global `declare class URL` would collide
// with lib.dom's declaration in the app's tsconfig (hidden there only by skipLibCheck), so we reach
// the constructor through globalThis, typed with just the members this folder uses.

/** The parts of a WHATWG URL that links/ reads or writes. */
export interface WebUrl {
  href: string;
  protocol: string;
  username: string;
  password: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
}

type WebUrlConstructor = new (input: string) => WebUrl;

const WebUrlCtor = (globalThis as unknown as { URL: WebUrlConstructor }).URL;

/** Parse with the platform's URL parser (the one a browser will use to follow the link); null if invalid. */
export function parseWebUrl(input: string): WebUrl | null {
  try {
    return new WebUrlCtor(input);
  } catch {
    return null;
  }
}

const SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;

/** True when the text starts with a scheme such as `https:` or `javascript:`. */
export function hasScheme(text: string): boolean {
  return SCHEME_RE.test(text);
}
