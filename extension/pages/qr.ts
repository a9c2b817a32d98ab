import qrcode from 'qrcode-generator';

// QR codes as plain data: a square of dark/light modules, an SVG path drawing the dark ones, and a
// PNG drawn on a canvas. No markup strings anywhere (quality.md S3: no innerHTML).

export interface QrMatrix {
  size: number;
  isDark: (row: number, col: number) => boolean;
}

/** Quiet zone around the code, in modules: the QR standard asks for 4. */
export const QR_MARGIN = 4;

/**
 * Encodes `text` with medium error correction (a code on a video overlay may be partly covered or
 * blurred). The library reads each UTF-16 unit as one byte, so the text is turned into UTF-8 bytes
 * first; addresses are ASCII after URL parsing anyway, but a label or IDN must not be mangled.
 */
export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M');
  const bytes = new TextEncoder().encode(text);
  let latin1 = '';
  for (const byte of bytes) latin1 += String.fromCharCode(byte);
  qr.addData(latin1, 'Byte');
  qr.make();
  return { size: qr.getModuleCount(), isDark: (row, col) => qr.isDark(row, col) };
}

/** One SVG path for every dark module, in module units, offset by the quiet zone; runs are merged. */
export function qrPathData(matrix: QrMatrix, margin = QR_MARGIN): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}

/** Draws the code on a canvas, `scale` pixels per module, black on white whatever the theme. */
export function drawQr(canvas: HTMLCanvasElement, matrix: QrMatrix, scale = 12, margin = QR_MARGIN): void {
  const side = (matrix.size + margin * 2) * scale;
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, side, side);
  ctx.fillStyle = '#000000';
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.isDark(row, col)) ctx.fillRect((col + margin) * scale, (row + margin) * scale, scale, scale);
    }
  }
}

/**
 * Saves the code as a PNG file through a temporary download link. Synchronous on purpose (toDataURL,
 * not toBlob): the click that asked for it still counts as the user's gesture when the link is
 * followed, which browsers require before they start a download.
 */
export function downloadQrPng(matrix: QrMatrix, filename: string): void {
  const canvas = document.createElement('canvas');
  drawQr(canvas, matrix);
  const dataUrl = canvas.toDataURL('image/png');
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has read the URL by the time the download starts; keep it a moment for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the link's label or address: `promo-ledger-qr-my-profile-tiktok.png`. */
export function qrFilename(name: string, platform: string | null): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return ['promo-ledger-qr', slug || 'link', platform].filter(Boolean).join('-').concat('.png');
}
