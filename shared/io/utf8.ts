// Files are read as strict UTF-8, in the dashboard and the report alike: an invalid byte is a clear
// error naming where it is, never a silent U+FFFD that then fails a check somewhere else (or, in
// free text, is kept as if the user wrote it).

// A global of every browser and of Node, outside the ES library shared/ is typed with.
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(bytes: Uint8Array): string };

export type Utf8Read = { ok: true; text: string } | { ok: false; offset: number; message: string };

/** The byte offset of the first invalid UTF-8 sequence, or -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The bytes as text, or where the first invalid byte is. */
export function decodeUtf8Strict(bytes: Uint8Array): Utf8Read {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    return {
      ok: false,
      offset,
      message: `this file is not UTF-8 text (invalid byte at offset ${offset}): save it as CSV UTF-8 (or export it again from Promo Ledger)`,
    };
  }
}
