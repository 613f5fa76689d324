// The viewer in Debian's Chromium: the seed graph renders, and hostile article text stays text.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureViewerBuilt } from '../../src/cli/view.ts';
import { startServer } from '../../src/cli/server.ts';
import { cli, ROOT, tempDir } from '../helpers.ts';
import { launch } from './browser.ts';
import { writeFileSync } from 'node:fs';

async function serve(dataDir: string) {
  const viewerDir = await ensureViewerBuilt(ROOT);
  const server = await startServer({ viewerDir, dataDir, port: 0 });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe('viewer', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the seed graph: the canvas is not blank', async () => {
    const out = tempDir();
    expect(cli(['build', 'seeds', '--out', out]).code).toBe(0);
    const { server, url } = await serve(out);
    try {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      await page.waitForTimeout(500);
      const shot = await page.locator('#graph').screenshot();
      const colored = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - d[i + 1]!) > 40 || Math.abs(d[i + 1]! - d[i + 2]!) > 40) n++;
        return n;
      }, shot.toString('base64'));
      expect(colored).toBeGreaterThan(500);
      await page.close();
    } finally {
      server.close();
    }
  });

  it('shows hostile article text as text and runs no script from it', async () => {
    const dir = tempDir();
    const hostile = 'Foreign Minister <img src=x onerror="window.__pwned=1"> Ivan <script>window.__pwned=2</script>Petrov met Latvian President Edgars Rinkevics in Riga.';
    writeFileSync(join(dir, 'hostile.txt'), hostile);
    const out = tempDir();
    expect(cli(['build', join(dir, 'hostile.txt'), '--out', out]).code).toBe(0);
    const { server, url } = await serve(out);
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      const edge = await page.evaluate(() => {
        const w = window as unknown as { __newsgraph: { graph: { edges(): string[] } } };
        return w.__newsgraph.graph.edges()[0];
      });
      expect(edge).toBeDefined();
      await page.evaluate((e) => {
        const w = window as unknown as { __newsgraph: { renderer: { emit(ev: string, p: unknown): void } } };
        w.__newsgraph.renderer.emit('clickEdge', { edge: e });
      }, edge);
      const panel = await page.locator('#panel').textContent();
      expect(panel).toContain('<script>');
      expect(await page.locator('#panel img, #panel script').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await page.close();
    } finally {
      server.close();
    }
  });
});
