// The viewer on a generated graph of 20,000 nodes and 60,000 edges: data ready, first frame, and
// hover → next frame, in Debian's headless Chromium (software WebGL). With OLD_DIST (a viewer/dist
// built from another commit) both builds run alternately, round by round, for a side-by-side:
//   taskset -c 0 npx tsx scripts/bench-viewer.ts [ROUNDS] [OLD_DIST]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/cli/server.ts';
import { ensureViewerBuilt } from '../src/cli/view.ts';
import { bigGraphJson } from '../test/viewer/big-graph.ts';
import { launch } from '../test/viewer/browser.ts';

const rounds = Number(process.argv[2] ?? 3);
const builds: [string, string][] = [['now', await ensureViewerBuilt(process.cwd())]];
if (process.argv[3]) builds.unshift(['old', process.argv[3]]);
const data = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
writeFileSync(join(data, 'graph.json'), bigGraphJson(20_000, 60_000, 1));
// Run in the page as a string: the page's code must not depend on this script's transpiler.
const MEASURE = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  await frame();
  const R = window.__newsgraph.renderer;
  const hover = [];
  for (const n of ['n500', 'n7000', 'n12345']) {
    const t = performance.now();
    R.emit('enterNode', { node: n });
    await frame();
    hover.push(Math.round(performance.now() - t));
    R.emit('leaveNode', { node: n });
    await frame();
  }
  return { timings: window.__newsgraphTimings, hover };
})()`;
try {
  for (let r = 0; r < rounds; r++) {
    for (const [name, dist] of builds) {
      const server = await startServer({ viewerDir: dist, dataDir: data, port: 0 });
      const { context, profile } = await launch();
      try {
        const page = await context.newPage();
        const t0 = Date.now();
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 600_000 });
        const res = (await page.evaluate(MEASURE)) as { timings: Record<string, number>; hover: number[] };
        console.log(`${name} round ${r + 1}: page ready ${Date.now() - t0} ms; data ready ${res.timings.load} ms; view built ${res.timings.mount} ms; first frame ${res.timings.firstFrame ?? '–'} ms; hover → next frame ${res.hover.join(', ')} ms`);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
        server.close();
      }
    }
  }
} finally {
  rmSync(data, { recursive: true, force: true });
}
