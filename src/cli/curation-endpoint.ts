// `newsgraph view`'s one write: POST /data/curation.json saves the analyst's curation decisions
// into the served output folder. Everything else stays read-only. A request must come from this
// machine, to this server by its own name, from a page of this server (Host and Origin), carry a
// JSON body under the size cap, and validate as a curation file; it is then written atomically.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { curationToJson, parseCuration } from '../curation/index.ts';
import { writeFileAtomic } from '../export/atomic.ts';

export const CURATION_PATH = '/data/curation.json';
/** A curation file of thousands of decisions fits; nothing near a memory problem does. */
export const MAX_BODY_BYTES = 1_000_000;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** The names the page may use for this server: 127.0.0.1:PORT and localhost:PORT. */
function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Why the request is refused (status and reason), or null when its origin is acceptable. */
export function refusal(req: IncomingMessage): [number, string] | null {
  const port = req.socket.localPort ?? 0;
  if (!LOOPBACK.test(req.socket.remoteAddress ?? '')) return [403, 'loopback only'];
  if ((req.url ?? '').split('?')[0] !== CURATION_PATH) return [405, 'method not allowed: only /data/curation.json accepts POST'];
  const hosts = ownHosts(port);
  if (!hosts.includes(String(req.headers.host ?? '').toLowerCase())) return [403, 'Host must be this server'];
  // Browsers always send Origin on a POST; a page of another site (or none) is refused.
  if (!hosts.map((h) => `http://${h}`).includes(String(req.headers.origin ?? '').toLowerCase())) return [403, 'Origin must be this server'];
  if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) return [415, 'Content-Type must be application/json'];
  const length = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) return [413, `body over ${MAX_BODY_BYTES} bytes`];
  return null;
}

function reply(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Reads the body up to the cap; resolves null when it is larger (the rest is not read). */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        ok(null);
      } else chunks.push(c);
    });
    req.on('end', () => ok(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

/** Handles a POST: validates it and writes DATA_DIR/curation.json atomically. */
export async function handleCurationPost(req: IncomingMessage, res: ServerResponse, dataDir: string): Promise<void> {
  const refused = refusal(req);
  if (refused) {
    // Connection: close so that an unread body cannot be taken for the next request.
    res.setHeader('Connection', 'close');
    return reply(res, refused[0], { error: refused[1] });
  }
  try {
    const body = await readBody(req);
    if (body === null) return reply(res, 413, { error: `body over ${MAX_BODY_BYTES} bytes` });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return reply(res, 400, { error: 'body is not UTF-8' });
    }
    let curation;
    try {
      curation = parseCuration(text);
    } catch (err) {
      return reply(res, 400, { error: `curation.json: ${(err as Error).message}` });
    }
    writeFileAtomic(join(dataDir, 'curation.json'), curationToJson(curation));
    return reply(res, 200, { saved: 'curation.json', decisions: curation.decisions.length });
  } catch (err) {
    return reply(res, 500, { error: `curation.json not saved: ${(err as Error).message}` });
  }
}
