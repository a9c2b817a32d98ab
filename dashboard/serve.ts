// `npm start`'s last step: serves the built dashboard (dashboard/dist) on http://localhost:<port>,
// on the loopback interface only. The port is PORT or 5178; when it is taken, the next free one.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, 'dist');
export const DEFAULT_PORT = 5178;
const HOST = '127.0.0.1';
/** Ports tried after the first one before giving up. */
const PORT_ATTEMPTS = 20;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// Everything the app loads is its own: no remote code, no inline script (quality.md S5), and the
// page cannot be framed. `style-src 'unsafe-inline'` is for Chart.js and Preact's style attributes.
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The file a request path maps to inside `root`, or null when it would leave it. */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  const rel = relative(root, file);
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(root, rel) !== file) return null;
  return file;
}

function handler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    const file = resolveRequestPath(root, req.url ?? '/');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
        .end('Not found\n');
      return;
    }
    const body = await readFile(file);
    const hashed = file.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      // Hashed asset names never change content; the page itself is always checked again.
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...SECURITY_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      fail(err);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      ok(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

/**
 * Starts the server on `port`, or on the next free port after it. Port 0 lets the system choose
 * (tests). Resolves with the server and the URL it answers on.
 */
export async function serveDashboard(
  options: { port?: number; root?: string } = {},
): Promise<{ server: Server; url: string; port: number }> {
  const root = options.root ?? DIST;
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`no built dashboard in ${root}: run \`npm run dashboard:build\` first`);
  const first = options.port ?? DEFAULT_PORT;
  const server = createServer((req, res) => {
    handler(root)(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  for (let attempt = 0; ; attempt++) {
    const port = first === 0 ? 0 : first + attempt;
    try {
      const bound = await listen(server, port);
      return { server, url: `http://localhost:${bound}/`, port: bound };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (first === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES') || attempt >= PORT_ATTEMPTS) throw err;
    }
  }
}

function portFromEnv(): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${raw}"`);
  return port;
}

async function main(): Promise<void> {
  const { server, url } = await serveDashboard({ port: portFromEnv() });
  const root = resolve(here, '..');
  const chrome = relative(process.cwd(), resolve(root, '.output/chrome-mv3')) || '.output/chrome-mv3';
  const firefox = relative(process.cwd(), resolve(root, '.output/firefox-mv3')) || '.output/firefox-mv3';
  process.stdout.write(
    [
      '',
      'Promo Ledger',
      '',
      'The extension is built:',
      `  Chrome, Edge, Brave: open chrome://extensions, switch on Developer mode, click "Load unpacked" and pick ${chrome}/`,
      `  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and pick ${firefox}/manifest.json`,
      '',
      `The dashboard (standalone, data kept in that browser tab's storage): ${url}`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
