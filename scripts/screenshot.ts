// Screenshot of the viewer on a built graph, for the README:
//   npx tsx scripts/screenshot.ts OUT.png [DIR] [#view-state]
// DIR defaults to graph-output; the optional hash is a view state (e.g. "#node=state%3Arussia").
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { launch } from '../test/viewer/browser.ts';
import { startServer } from '../src/cli/server.ts';
import { ensureViewerBuilt } from '../src/cli/view.ts';

const [out = 'screenshot.png', dir = 'graph-output', hash = ''] = process.argv.slice(2);
const server = await startServer({ viewerDir: await ensureViewerBuilt(process.cwd()), dataDir: dir, port: 0 });
const { context, profile } = await launch({ width: 1440, height: 900 });
try {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/${hash}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.close();
}
