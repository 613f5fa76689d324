// `newsgraph view [DIR] [--port N]`: builds the viewer once if it is missing, then serves it with
// DIR's outputs on 127.0.0.1 until interrupted.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  if (!existsSync(join(dir, 'graph.json'))) throw new InputError(dir, 'no graph.json here (run newsgraph build first)');
  const viewerDir = await ensureViewerBuilt(root);
  const server = await startServer({ viewerDir, dataDir: dir, port: options.port });
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
