// Builds the viewer once per test run, so browser tests never serve a stale bundle.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureViewerBuilt } from '../src/cli/view.ts';
import { ROOT } from './helpers.ts';

export default async function setup(): Promise<void> {
  rmSync(join(ROOT, 'viewer', 'dist'), { recursive: true, force: true });
  await ensureViewerBuilt(ROOT);
}
