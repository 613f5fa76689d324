// The viewer in Debian's Chromium, served by the real view server: rendering, search, filters,
// the evidence panel, history, exports, hostile text and a 20,000-node graph.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/cli/server.ts';
import { ensureViewerBuilt } from '../../src/cli/view.ts';
import { cli, ROOT, tempDir } from '../helpers.ts';
import { launch } from './browser.ts';
import { bigGraphJson } from './big-graph.ts';

async function serve(dataDir: string) {
  const viewerDir = await ensureViewerBuilt(ROOT);
  const server = await startServer({ viewerDir, dataDir, port: 0 });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** Count of clearly colored pixels in a screenshot of the graph area. */
async function coloredPixels(page: Page): Promise<number> {
  const shot = await page.locator('#graph').screenshot();
  return page.evaluate(async (b64) => {
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
}

type Api = { __newsgraph: { state(): { selectedNode: string | null; hiddenNodeTypes: string[] }; renderer: { getNodeDisplayData(n: string): { hidden?: boolean } | undefined; emit(ev: string, p: unknown): void }; graph: { edges(): string[] } } };

describe('viewer', () => {
  let browser: BrowserContext;
  let seedUrl = '';
  let outDir = '';
  let close: () => void = () => {};
  const temps: string[] = [];
  const temp = () => {
    const d = tempDir();
    temps.push(d);
    return d;
  };
  beforeAll(async () => {
    const launched = await launch();
    browser = launched.context;
    temps.push(launched.profile);
    const out = (outDir = temp());
    expect(cli(['build', 'seeds', '--out', out]).code).toBe(0);
    const s = await serve(out);
    seedUrl = s.url;
    close = () => s.server.close();
  });
  afterAll(async () => {
    close();
    await browser?.close();
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    return page;
  }

  it('renders the seed graph: the canvas is not blank', async () => {
    const page = await open(seedUrl);
    await page.waitForTimeout(300);
    expect(await coloredPixels(page)).toBeGreaterThan(500);
    expect(await page.locator('#status').textContent()).toMatch(/entities/);
    await page.close();
  });

  it('search "Lavrov" from the keyboard selects him; the panel shows his position and the sentence', async () => {
    const page = await open(seedUrl);
    await page.locator('#search').click();
    await page.keyboard.type('Lavrov');
    await page.waitForSelector('#search-results li');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as Api).__newsgraph.state().selectedNode === 'person:sergey-lavrov');
    const panel = (await page.locator('#panel').textContent()) ?? '';
    expect(panel).toContain('Sergey Lavrov');
    expect(panel).toContain('foreign minister');
    expect(panel).toContain('as explained by Russian Foreign Minister Sergey Lavrov on Wednesday');
    expect(await page.locator('#panel mark').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('node=person%3Asergey-lavrov');
    // Relation labels only on the selected node's edges.
    const labels = await page.evaluate(() => {
      const w = window as unknown as { __newsgraph: { graph: { edges(): string[]; extremities(e: string): string[] }; renderer: { getEdgeDisplayData(e: string): { label?: string } | undefined } } };
      const { graph, renderer } = w.__newsgraph;
      return graph.edges().map((e) => ({ own: graph.extremities(e).includes('person:sergey-lavrov'), label: renderer.getEdgeDisplayData(e)?.label ?? '' }));
    });
    expect(labels.filter((l) => l.own).every((l) => l.label !== '')).toBe(true);
    expect(labels.filter((l) => !l.own).every((l) => l.label === '')).toBe(true);
    await page.close();
  });

  it('hiding the media type removes Reuters from what is rendered, and the GEXF export', async () => {
    const page = await open(seedUrl);
    const visible = () => page.evaluate(() => !(window as unknown as Api).__newsgraph.renderer.getNodeDisplayData('media:reuters')?.hidden);
    expect(await visible()).toBe(true);
    await page.locator('#legend-nodes button[data-type="media"]').click();
    expect(await visible()).toBe(false);
    expect(page.url()).toContain('hide=media');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-gexf').click()]);
    const gexf = readFileSync((await download.path())!, 'utf8');
    expect(gexf).toContain('person:sergey-lavrov');
    expect(gexf).not.toContain('<node id="media:reuters"');
    expect(gexf).toContain('<node id="person:sergey-lavrov"');
    await page.close();
  });

  it('exports a PNG, runs ForceAtlas2 in a worker, and loads a dropped GEXF file', async () => {
    const page = await open(seedUrl);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const before = await page.evaluate(() => JSON.stringify((window as unknown as { __newsgraph: { graph: { getNodeAttributes(n: string): unknown } } }).__newsgraph.graph.getNodeAttributes('person:sergey-lavrov')));
    await page.locator('#layout').click();
    expect(await page.locator('#layout').textContent()).toBe('Stop layout');
    await page.waitForTimeout(800);
    await page.locator('#layout').click();
    const after = await page.evaluate(() => JSON.stringify((window as unknown as { __newsgraph: { graph: { getNodeAttributes(n: string): unknown } } }).__newsgraph.graph.getNodeAttributes('person:sergey-lavrov')));
    expect(after).not.toBe(before);
    const gexf = readFileSync(join(outDir, 'graph.gexf'), 'utf8');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'graph.gexf', { type: 'application/xml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, gexf);
    await page.waitForFunction(() => (window as unknown as Api).__newsgraph.graph.edges().length > 0);
    await page.evaluate(() => (window as unknown as { __newsgraph: { setState(p: unknown, push: boolean, move: boolean): void } }).__newsgraph.setState({ selectedNode: 'person:sergey-lavrov' }, true, false));
    const panel = (await page.locator('#panel').textContent()) ?? '';
    expect(panel).toContain('foreign minister');
    expect(panel).toContain('as explained by Russian Foreign Minister Sergey Lavrov');
    await page.close();
  });

  it('loads ?graph=URL and reports a missing graph in the status line', async () => {
    const page = await open(`${seedUrl}?graph=./data/graph.json`);
    expect(await page.locator('#status').textContent()).toMatch(/^\d+ of \d+ entities/);
    await page.goto(`${seedUrl}?graph=./data/nothing.json`);
    await page.waitForSelector('body[data-ready="error"]');
    expect(await page.locator('#status').textContent()).toContain('404');
    await page.close();
  });

  it('clicking a neighbour navigates, and the back button returns to the previous view', async () => {
    const page = await open(`${seedUrl}#node=person%3Admitry-peskov`);
    expect(await page.evaluate(() => (window as unknown as Api).__newsgraph.state().selectedNode)).toBe('person:dmitry-peskov');
    await page.locator('#panel button.link', { hasText: 'Kremlin' }).first().click();
    await page.waitForFunction(() => (window as unknown as Api).__newsgraph.state().selectedNode === 'organization:kremlin');
    await page.goBack();
    await page.waitForFunction(() => (window as unknown as Api).__newsgraph.state().selectedNode === 'person:dmitry-peskov');
    await page.close();
  });

  it('shows hostile article text as text and runs no script from it', async () => {
    const dir = temp();
    const hostile = 'Foreign Minister <img src=x onerror="window.__pwned=1"> Ivan <script>window.__pwned=2</script>Petrov met Latvian President Edgars Rinkevics in Riga.';
    writeFileSync(join(dir, 'hostile.txt'), hostile);
    const out = temp();
    expect(cli(['build', join(dir, 'hostile.txt'), '--out', out]).code).toBe(0);
    const { server, url } = await serve(out);
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      const edge = await page.evaluate(() => (window as unknown as Api).__newsgraph.graph.edges()[0]);
      expect(edge).toBeDefined();
      await page.evaluate((e) => (window as unknown as Api).__newsgraph.renderer.emit('clickEdge', { edge: e }), edge);
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

  it('loads a generated graph of 20,000 nodes and 60,000 edges: reports data-ready, first-frame, hover and pan timings', async () => {
    const out = temp();
    writeFileSync(join(out, 'graph.json'), bigGraphJson(20_000, 60_000, 1));
    const { server, url } = await serve(out);
    try {
      const t0 = Date.now();
      const page = await open(url);
      await page.waitForFunction(() => (window as unknown as { __newsgraphTimings: Record<string, number> }).__newsgraphTimings.firstFrame !== undefined, null, { timeout: 120_000 });
      const ms = Date.now() - t0;
      const timings = await page.evaluate(() => (window as unknown as { __newsgraphTimings: Record<string, number> }).__newsgraphTimings);
      expect(await page.locator('#status').textContent()).toContain('of 20,000 entities');
      expect(await coloredPixels(page)).toBeGreaterThan(500);
      // Hover and selection as the page handles them (our listeners, sigma's partial refresh), each
      // timed to the next animation frame; then a pan, timed to its frame.
      const frames = await page.evaluate(async () => {
        const { renderer, setState } = (window as unknown as { __newsgraph: { renderer: { emit(ev: string, p: unknown): void; getCamera(): { getState(): { x: number; y: number; ratio: number }; setState(s: unknown): void } }; setState(p: unknown): void } }).__newsgraph;
        const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
        const time = async (f: () => void) => {
          const t = performance.now();
          f();
          await frame();
          return Math.round(performance.now() - t);
        };
        const hover: number[] = [];
        for (const n of ['n1', 'n500', 'n7000', 'n12345', 'n19999']) {
          hover.push(await time(() => renderer.emit('enterNode', { node: n })));
          await time(() => renderer.emit('leaveNode', { node: n }));
        }
        const select = await time(() => setState({ selectedNode: 'n42' }));
        const cam = renderer.getCamera();
        const t0pan = performance.now();
        // A camera change renders on the next frame; the frame after it waits for that render.
        const pan = await time(() => cam.setState({ ...cam.getState(), x: cam.getState().x + 0.05 }));
        await frame();
        const panDone = Math.round(performance.now() - t0pan);
        return { hover, select, pan, panDone };
      });
      console.log(
        `viewer 20,000 nodes / 60,000 edges (software WebGL): data ready ${timings.load} ms (fetch + parse in a worker + graph), view built ${timings.mount} ms, ` +
          `first frame ${timings.firstFrame} ms, page ready ${ms} ms; hover → next frame ${frames.hover.join(', ')} ms; select → next frame ${frames.select} ms; pan → render issued ${frames.pan} ms, drawn ${frames.panDone} ms`,
      );
      await page.close();
    } finally {
      server.close();
    }
  }, 240_000);
});
