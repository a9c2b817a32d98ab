import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, serveDashboard } from './serve';

const root = mkdtempSync(join(tmpdir(), 'pl-dist-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(root, 'assets', 'app-abc.js'), 'console.log(1)');
const closers: (() => void)[] = [];
afterAll(() => {
  for (const c of closers) c();
});

describe('the standalone server', () => {
  it('serves the built files on localhost only, with a strict CSP', async () => {
    const { server, url, port } = await serveDashboard({ port: 0, root });
    closers.push(() => server.close());
    expect(url).toBe(`http://localhost:${port}/`);
    expect(server.address()).toMatchObject({ address: '127.0.0.1' });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${url}assets/app-abc.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}nope.js`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('never serves a file outside its folder', () => {
    expect(resolveRequestPath(root, '/../../etc/passwd')).toBeNull();
    expect(resolveRequestPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequestPath(root, '/assets/%00x')).toBeNull();
    expect(resolveRequestPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveRequestPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveRequestPath(root, '/assets/app-abc.js?v=1')).toBe(join(root, 'assets', 'app-abc.js'));
  });

  it('moves to the next port when the first is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    closers.push(() => blocker.close());
    const taken = (blocker.address() as { port: number }).port;
    const { server, port } = await serveDashboard({ port: taken, root });
    closers.push(() => server.close());
    expect(port).toBeGreaterThan(taken);
    expect(port).toBeLessThanOrEqual(taken + 20);
  });

  it('says to build first when there is nothing to serve', async () => {
    await expect(serveDashboard({ port: 0, root: mkdtempSync(join(tmpdir(), 'pl-empty-')) })).rejects.toThrow(
      /dashboard:build/,
    );
  });
});
