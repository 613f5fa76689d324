// `newsgraph view [DIR] [--port N]`: builds the viewer once if it is missing, then serves it with
// DIR's outputs on 127.0.0.1 until interrupted; a port in use is one clear line, not a stack.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recoverOutputSet } from '../export/atomic.ts';
import { parseArgs } from './args.ts';
import { InputError, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { startServer, viewerDist } from './server.ts';

export async function ensureViewerBuilt(root: string): Promise<string> {
  const dist = viewerDist(root);
  if (existsSync(join(dist, 'index.html'))) return dist;
  const { build } = await import('vite');
  await build({ root: join(root, 'viewer'), configFile: join(root, 'viewer', 'vite.config.ts'), logLevel: 'warn' });
  return dist;
}

export async function runView(argv: string[], io: Io, root: string): Promise<number> {
  const { options, positionals } = parseArgs('view', argv, { port: 5177 });
  if (positionals.length > 1) throw new UsageError('view: at most one DIR');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new UsageError(`view: --port must be 0..65535, got ${options.port}`);
  const dir = resolve(io.cwd, positionals[0] ?? 'graph-output');
  recoverOutputSet(dir); // a build killed while swapping its outputs in is finished first
  if (!existsSync(join(dir, 'graph.json'))) throw new InputError(dir, 'no graph.json here (run newsgraph build first)');
  const viewerDir = await ensureViewerBuilt(root);
  const server = await startServer({ viewerDir, dataDir: dir, port: options.port }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE') throw new InputError(`127.0.0.1:${options.port}`, 'port already in use (another newsgraph view?); pick another with --port N, or --port 0 for any free port');
    if (err.code === 'EACCES') throw new InputError(`127.0.0.1:${options.port}`, 'not allowed to listen on this port; pick one above 1023 with --port N');
    throw err;
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : options.port;
  io.stdout(`newsgraph view: serving ${dir} at http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
