// Once per test run: builds the viewer (so browser tests never serve a stale bundle) and the CLI
// bundle (so parallel CLI tests do not each rebuild it), and points TMPDIR at one fresh folder for
// everything the tests, the CLI they spawn and Chromium create; the teardown removes it and fails
// the run if it cannot, so a run leaves nothing in /tmp.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../scripts/build-cli.mjs';
import { ensureViewerBuilt } from '../src/cli/view.ts';
import { ROOT } from './helpers.ts';

export default async function setup(): Promise<() => void> {
  rmSync(join(ROOT, 'viewer', 'dist'), { recursive: true, force: true });
  await ensureViewerBuilt(ROOT);
  await buildCli();
  const before = process.env.TMPDIR;
  const runTmp = mkdtempSync(join(tmpdir(), 'newsgraph-run-'));
  process.env.TMPDIR = runTmp;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(runTmp, { recursive: true, force: true, maxRetries: 3 });
    if (existsSync(runTmp)) throw new Error(`test teardown: could not remove ${runTmp}`);
  };
}
