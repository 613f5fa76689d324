// The view server: loopback only, the viewer and the output files, nothing else.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeJoin, startServer } from '../../src/cli/server.ts';
import { tempDir } from '../helpers.ts';

function get(port: number, path: string, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('view server', () => {
  const root = tempDir();
  const viewer = join(root, 'viewer');
  const data = join(root, 'out');
  let server: Awaited<ReturnType<typeof startServer>>;
  let port = 0;

  beforeAll(async () => {
    mkdirSync(viewer);
    mkdirSync(data);
    writeFileSync(join(viewer, 'index.html'), '<!doctype html><title>v</title>');
    writeFileSync(join(data, 'graph.json'), '{}');
    writeFileSync(join(data, 'secret.txt'), 'secret');
    writeFileSync(join(root, 'outside.txt'), 'outside');
    server = await startServer({ viewerDir: viewer, dataDir: data, port: 0 });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('binds 127.0.0.1 only', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('serves the viewer with a Content-Security-Policy, and the graph under /data/', async () => {
    const page = await get(port, '/');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await get(port, '/data/graph.json')).body).toBe('{}');
  });

  it('refuses paths outside the folders and files that are not outputs', async () => {
    for (const p of ['/../outside.txt', '/..%2foutside.txt', '/%2e%2e/outside.txt', '/data/../outside.txt', '/data/..%2f..%2foutside.txt', '/data/secret.txt', '/%00', '/data/%2e%2e%2fsecret.txt']) {
      const r = await get(port, p);
      expect([403, 404], p).toContain(r.status);
      expect(r.body).not.toContain('outside');
      expect(r.body).not.toContain('secret');
    }
    expect((await get(port, '/', 'POST')).status).toBe(405);
  });

  it('safeJoin keeps paths inside the root', () => {
    expect(safeJoin('/srv/x', 'a/b.js')).toBe('/srv/x/a/b.js');
    expect(safeJoin('/srv/x', '../y')).toBeNull();
    expect(safeJoin('/srv/x', '..%2fy')).toBeNull();
    expect(safeJoin('/srv/x', '%E0%A4%A')).toBeNull();
  });
});
