// POST /data/curation.json on the view server: the one file it writes, and every way it refuses.
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/cli/curation-endpoint.ts';
import { startServer } from '../../src/cli/server.ts';
import { curationToJson } from '../../src/curation/index.ts';
import { tempDir } from '../helpers.ts';

interface Res { status: number; body: string }

function post(port: number, path: string, body: string | Buffer, headers: Record<string, string | number>, chunked = false): Promise<Res> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    if (chunked) {
      // No Content-Length: the cap must hold while reading.
      const buf = Buffer.from(body);
      for (let i = 0; i < buf.length; i += 65536) req.write(buf.subarray(i, i + 65536));
    } else req.write(body);
    req.end();
  });
}

describe('POST /data/curation.json', () => {
  const root = tempDir();
  const data = join(root, 'out');
  let server: Awaited<ReturnType<typeof startServer>>;
  let port = 0;
  let own: Record<string, string> = {};
  const good = { curationVersion: 1, decisions: [{ op: 'merge', into: 'state:russia', from: ['state:russian-federation'] }] };

  beforeAll(async () => {
    mkdirSync(join(root, 'viewer'));
    mkdirSync(data);
    writeFileSync(join(root, 'viewer', 'index.html'), '<!doctype html>');
    writeFileSync(join(data, 'graph.json'), '{}');
    server = await startServer({ viewerDir: join(root, 'viewer'), dataDir: data, port: 0 });
    port = (server.address() as AddressInfo).port;
    own = { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' };
  });
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(root, { recursive: true, force: true });
  });

  it('validates and writes curation.json atomically; GET serves it back', async () => {
    const r = await post(port, '/data/curation.json', JSON.stringify(good), own);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ saved: 'curation.json', decisions: 1 });
    expect(readFileSync(join(data, 'curation.json'), 'utf8')).toBe(curationToJson(good as never));
    expect(readdirSync(data).sort()).toEqual(['curation.json', 'graph.json']);
    const alt = await post(port, '/data/curation.json', JSON.stringify(good), { ...own, Host: `localhost:${port}`, Origin: `http://localhost:${port}` });
    expect(alt.status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding), a foreign or missing Origin, other paths and other content types', async () => {
    const body = JSON.stringify(good);
    const cases: [Record<string, string>, string, number][] = [
      // A foreign Host is refused by the server before any handler (421 Misdirected Request).
      [{ ...own, Host: 'attacker.example' }, '/data/curation.json', 421],
      [{ ...own, Host: `attacker.example:${port}` }, '/data/curation.json', 421],
      [{ ...own, Origin: 'http://attacker.example' }, '/data/curation.json', 403],
      [{ ...own, Origin: `http://127.0.0.1:${port + 1}` }, '/data/curation.json', 403],
      [{ Host: own.Host!, 'Content-Type': 'application/json' }, '/data/curation.json', 403],
      [{ ...own, 'Content-Type': 'text/plain' }, '/data/curation.json', 415],
      [own, '/data/graph.json', 405],
      [own, '/data/../curation.json', 405],
      [own, '/', 405],
    ];
    writeFileSync(join(data, 'curation.json'), 'before');
    for (const [headers, path, status] of cases) expect((await post(port, path, body, headers)).status, JSON.stringify([headers, path])).toBe(status);
    expect(readFileSync(join(data, 'curation.json'), 'utf8')).toBe('before');
    expect(readFileSync(join(data, 'graph.json'), 'utf8')).toBe('{}');
  });

  it('refuses invalid content and bodies over the cap, with or without Content-Length', async () => {
    writeFileSync(join(data, 'curation.json'), 'before');
    const bad = await post(port, '/data/curation.json', '{"curationVersion":1,"decisions":[{"op":"drop"}]}', own);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toContain('"op"');
    expect((await post(port, '/data/curation.json', Buffer.from([0x7b, 0xff, 0x7d]), own)).status).toBe(400);
    const big = Buffer.alloc(MAX_BODY_BYTES + 10, 0x20);
    expect((await post(port, '/data/curation.json', big, own)).status).toBe(413);
    expect((await post(port, '/data/curation.json', big, { ...own, 'Transfer-Encoding': 'chunked' }, true)).status).toBe(413);
    expect(readFileSync(join(data, 'curation.json'), 'utf8')).toBe('before');
    expect(readdirSync(data).sort()).toEqual(['curation.json', 'graph.json']);
  });
});
