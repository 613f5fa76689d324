// Builds the viewer and the CLI bundle once per test run, so tests never run a stale bundle (and
// parallel CLI tests do not each rebuild it).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli.mjs';
import { ensureViewerBuilt } from '../src/cli/view.ts';
import { ROOT } from './helpers.ts';

export default async function setup(): Promise<void> {
  rmSync(join(ROOT, 'viewer', 'dist'), { recursive: true, force: true });
  await ensureViewerBuilt(ROOT);
  await buildCli();
}
