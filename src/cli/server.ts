// `newsgraph view`'s HTTP server: binds 127.0.0.1, answers GET/HEAD only for its own host name
// (a DNS-rebound page cannot read the corpus), serves the built viewer and the output folder's
// files under /data/, refuses any path that leaves them, follows no symbolic link and survives any
// failed read.

import { closeSync, constants, createReadStream, fstatSync, openSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { handleCurationPost } from './curation-endpoint.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
/** Only the files of a build are served from the output folder. */
const DATA_FILES = new Set(['graph.json', 'graph.gexf', 'graph.graphml', 'triples.csv', 'extraction.json', 'curation.json']);

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface ServeOptions {
  viewerDir: string;
  dataDir: string;
  port: number;
  host?: string;
}

/** Maps a URL path to a file inside `root`, or null when it would leave it. */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  const rootAbs = resolve(root);
  const full = resolve(rootAbs, '.' + normalize('/' + decoded));
  return full === rootAbs || full.startsWith(rootAbs + sep) ? full : null;
}

/** The Host header names this server (127.0.0.1 or localhost on its port), not another site's name. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Opens a regular file without following a symbolic link (nor blocking on a FIFO); null if it cannot. */
function openRegular(file: string): { fd: number; size: number } | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (st.isFile()) return { fd, size: st.size };
  } catch {
    // fall through: not servable
  }
  closeSync(fd);
  return null;
}

function handle(opts: ServeOptions, port: () => number, req: IncomingMessage, res: ServerResponse): void {
  const send = (status: number, body: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (!isOwnHost(req.headers.host, port())) return send(421, 'wrong host: open http://127.0.0.1:' + port() + '/');
  if (req.method === 'POST') return void handleCurationPost(req, res, opts.dataDir);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
  if (!req.url?.startsWith('/')) return send(400, 'bad request');
  const rawPath = req.url.split('?')[0]!.split('#')[0]!;
  let file: string | null;
  if (rawPath.startsWith('/data/')) {
    const name = rawPath.slice('/data/'.length);
    file = DATA_FILES.has(name) ? safeJoin(opts.dataDir, name) : null;
    if (file === null) return send(rawPath.includes('..') || rawPath.includes('%') ? 403 : 404, 'not found');
  } else {
    file = safeJoin(opts.viewerDir, rawPath === '/' ? 'index.html' : rawPath);
    if (file === null) return send(403, 'forbidden');
  }
  const opened = openRegular(file);
  if (!opened) return send(404, 'not found');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': opened.size,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    closeSync(opened.fd);
    return void res.end();
  }
  // A read that fails after the header (a vanished disk, an I/O error) ends this response only.
  const stream = createReadStream('', { fd: opened.fd, autoClose: true });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

export function startServer(opts: ServeOptions): Promise<Server> {
  let bound = opts.port;
  const server = createServer((req, res) => {
    try {
      handle(opts, () => bound, req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('internal error');
    }
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
      server.off('error', fail);
      const addr = server.address();
      if (addr && typeof addr === 'object') bound = addr.port;
      ok(server);
    });
  });
}

export function viewerDist(root: string): string {
  return join(root, 'viewer', 'dist');
}
