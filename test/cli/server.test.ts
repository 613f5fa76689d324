// The view server: loopback only, the viewer and the output files, nothing else.
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { isOwnHost, safeJoin, startServer } from '../../src/cli/server.ts';
import { tempDir } from '../helpers.ts';

// A read that fails after the 200 header was sent: the file named "failing.js" reads one chunk,
// then errors, as a disk error would.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const startsWithFail = (fd: number) => {
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0); // at position 0: the stream still reads from the start
    return head.toString() === 'FAIL';
  };
  const createReadStream = ((path: string, options: { fd?: number }) => {
    if (options?.fd !== undefined && startsWithFail(options.fd)) {
      return new Readable({
        read() {
          this.push('FAIL part');
          this.destroy(new Error('EIO: i/o error, read'));
        },
      });
    }
    return fs.createReadStream(path, options as never);
  }) as typeof fs.createReadStream;
  return { ...fs, createReadStream, default: { ...fs, createReadStream } };
});

type Reply = { status: number; body: string; headers: Record<string, unknown> };
function get(port: number, path: string, method = 'GET', host = `127.0.0.1:${port}`): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body, headers: res.headers }));
      res.on('error', () => ok({ status: -1, body, headers: res.headers }));
    });
    req.on('error', (err) => (String(err).includes('socket hang up') || String(err).includes('aborted') ? ok({ status: -1, body: '', headers: {} }) : fail(err)));
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
    writeFileSync(join(viewer, 'failing.js'), 'FAIL' + 'x'.repeat(100_000));
    symlinkSync(join(root, 'outside.txt'), join(data, 'triples.csv'));
    symlinkSync(join(root, 'outside.txt'), join(viewer, 'linked.js'));
    execFileSync('mkfifo', [join(data, 'graph.gexf')]);
    mkdirSync(join(data, 'graph.graphml'));
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

  it('"Host: attacker.example" (DNS rebinding) is refused; only 127.0.0.1:PORT and localhost:PORT are served', async () => {
    expect((await get(port, '/data/graph.json', 'GET', 'attacker.example')).status).toBe(421);
    expect((await get(port, '/data/graph.json', 'GET', `attacker.example:${port}`)).status).toBe(421);
    expect((await get(port, '/data/graph.json', 'GET', `127.0.0.1:${port + 1}`)).status).toBe(421);
    expect((await get(port, '/data/graph.json', 'GET', `localhost:${port}`)).body).toBe('{}');
    expect(isOwnHost(undefined, port)).toBe(false);
  });

  it('"triples.csv → /etc/passwd": a symbolic link named like an output is not followed', async () => {
    for (const p of ['/data/triples.csv', '/linked.js']) {
      const r = await get(port, p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('outside');
    }
  });

  it('a FIFO or a folder named like an output is not served and does not hang the server', async () => {
    expect((await get(port, '/data/graph.gexf')).status).toBe(404);
    expect((await get(port, '/data/graph.graphml')).status).toBe(404);
  });

  it('a read that fails after the header ends that response only; the server goes on', async () => {
    const r = await get(port, '/failing.js');
    expect(r.body.length).toBeLessThan(100_000);
    expect((await get(port, '/data/graph.json')).body).toBe('{}');
  });

  it('a port in use: one line naming it and the flag that picks another, exit 1', async () => {
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (s: string) => void err.push(s), stdin: () => new Uint8Array(), cwd: root };
    expect(await main(['view', data, '--port', String(port)], io)).toBe(1);
    expect(err.join('')).toBe(`newsgraph: 127.0.0.1:${port}: port already in use (another newsgraph view?); pick another with --port N, or --port 0 for any free port\n`);
  });
});
