// Takes a screenshot of the viewer on a built graph (for the README): tsx scripts/screenshot.ts OUT.png [DIR]
import { launch } from '../test/viewer/browser.ts';
import { startServer } from '../src/cli/server.ts';
const server = await startServer({ viewerDir: 'viewer/dist', dataDir: process.argv[3] ?? 'graph-output', port: 0 });
const port = (server.address() as any).port;
const ctx = await launch();
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:${port}/`);
await page.waitForSelector('body[data-ready="true"]');
await page.waitForTimeout(800);
await page.screenshot({ path: process.argv[2] ?? '/tmp/shot.png' });
await ctx.close(); server.close();
