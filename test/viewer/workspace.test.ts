// The viewer as an analyst's workspace, in Debian's Chromium: filters on a corpus graph (isolates,
// dates), focus, shortest paths, search, the relation table, subgraph export, edges picked within
// a few pixels, evidence marked from offsets, community colours, a GEXF saved by another tool, and
// a merge made in the page that survives a rebuild.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/cli/server.ts';
import { ensureViewerBuilt } from '../../src/cli/view.ts';
import { COMMUNITY_COLORS, COMMUNITY_REST } from '../../src/graph/style.ts';
import { cli, ROOT, tempDir } from '../helpers.ts';
import { launch } from './browser.ts';
import { GMB, writeGmbCorpus } from './corpus.ts';

/** The page's handle for tests (window.__newsgraph), typed loosely. */
type W = { __newsgraph: any };

describe('viewer workspace', () => {
  let browser: BrowserContext;
  const temps: string[] = [];
  const servers: { close(): void }[] = [];
  const temp = () => {
    const d = tempDir();
    temps.push(d);
    return d;
  };
  async function serve(dataDir: string): Promise<string> {
    const server = await startServer({ viewerDir: await ensureViewerBuilt(ROOT), dataDir, port: 0 });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }
  let seedOut = '';
  let seedUrl = '';
  let corpusUrl = '';

  beforeAll(async () => {
    const launched = await launch({ width: 1440, height: 900 });
    browser = launched.context;
    temps.push(launched.profile);
    seedOut = temp();
    expect(cli(['build', 'seeds', '--out', seedOut]).code).toBe(0);
    seedUrl = await serve(seedOut);
    // The corpus is built from GMB text in ../shared (never committed): without it, its tests skip.
    if (existsSync(GMB)) {
      const corpusDir = temp();
      const built = cli(['build', writeGmbCorpus(corpusDir, 150, 10), '--out', join(corpusDir, 'out')]);
      expect(built.code, built.stderr).toBe(0);
      corpusUrl = await serve(join(corpusDir, 'out'));
    }
  });
  afterAll(async () => {
    for (const s of servers) s.close();
    await browser?.close();
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    return page;
  }
  const hidden = (page: Page, node: string) => page.evaluate(([n]) => Boolean((window as unknown as W).__newsgraph.renderer.getNodeDisplayData(n)?.hidden), [node]);
  const search = async (page: Page, text: string) => {
    await page.locator('#search').fill('');
    await page.locator('#search').click();
    await page.keyboard.type(text);
  };

  const NO_CORPUS = 'needs ../shared/data/gmb/ner_dataset.conll to build the corpus graph (benchmark data, never committed)';

  it('hides isolates by default on a corpus graph of over 500 entities, and shows them on request', async (ctx) => {
    if (!corpusUrl) ctx.skip(NO_CORPUS);
    const page = await open(corpusUrl);
    const { order, isolate } = await page.evaluate(() => {
      const g = (window as unknown as W).__newsgraph.graph;
      return { order: g.order, isolate: g.nodes().find((n: string) => g.degree(n) === 0) };
    });
    expect(order).toBeGreaterThan(500);
    expect(isolate).toBeDefined();
    expect(await page.locator('#hide-isolates').isChecked()).toBe(true);
    expect(await hidden(page, isolate)).toBe(true);
    const status = (await page.locator('#status').textContent())!;
    const [shown, total] = status.match(/[\d,]+/g)!.slice(0, 2).map((s) => Number(s.replace(/,/g, '')));
    expect(shown).toBeLessThan(total!);
    expect(page.url()).not.toContain('iso=');
    await page.locator('#hide-isolates').uncheck();
    expect(await hidden(page, isolate)).toBe(false);
    expect(page.url()).toContain('iso=show');
    await page.close();
  });

  it('the date slider removes relations outside the range, and plays forward', async (ctx) => {
    if (!corpusUrl) ctx.skip(NO_CORPUS);
    const page = await open(corpusUrl);
    const dates: string[] = await page.evaluate(() => (window as unknown as W).__newsgraph.model.dates);
    expect(dates.length).toBeGreaterThan(100);
    const cut = 40;
    const before: number = await page.evaluate(() => (window as unknown as W).__newsgraph.vis().edges.size);
    await page.locator('#date-to').evaluate((el, v) => {
      (el as HTMLInputElement).value = String(v);
      el.dispatchEvent(new Event('change'));
    }, cut);
    expect(page.url()).toContain(`to=${dates[cut]}`);
    const after = await page.evaluate(() => {
      const { vis, model, renderer, graph } = (window as unknown as W).__newsgraph;
      const edges = [...vis().edges] as string[];
      const late = graph.edges().filter((e: string) => model.edgeDate.get(e) > model.dates[40]);
      return { n: edges.length, dates: edges.map((e) => model.edgeDate.get(e)), lateHidden: late.every((e: string) => renderer.getEdgeDisplayData(e)?.hidden) };
    });
    expect(after.n).toBeGreaterThan(0);
    expect(after.n).toBeLessThan(before);
    expect(after.dates.every((d: string) => d >= dates[0]! && d <= dates[cut]!)).toBe(true);
    expect(after.lateHidden).toBe(true);
    await page.locator('#date-play').click();
    await page.waitForFunction((first) => (window as unknown as W).__newsgraph.state().dateTo > first, dates[1], { timeout: 10_000 });
    await page.locator('#date-play').click();
    await page.close();
  });

  it('a shortest path between two of the seed\'s entities is drawn and lists its hops with evidence', async () => {
    const page = await open(seedUrl);
    await search(page, 'Lavrov');
    await page.keyboard.press('Enter');
    await page.locator('#panel .path-start').click();
    await search(page, 'Peskov');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as W).__newsgraph.state().path !== null);
    expect(await page.evaluate(() => (window as unknown as W).__newsgraph.state().path)).toEqual(['person:sergey-lavrov', 'person:dmitry-peskov']);
    const hops = page.locator('#panel ol.hops > li');
    expect(await hops.count()).toBe(3);
    expect(await hops.first().textContent()).toContain('Sergey Lavrov');
    expect(await hops.last().textContent()).toContain('Dmitry Peskov');
    expect(await page.locator('#panel ol.hops > li blockquote').count()).toBe(3);
    expect(page.url()).toContain('path=person%3Asergey-lavrov&path=person%3Admitry-peskov');
    // The path is drawn: its edges carry their labels, the others are dimmed.
    const labelled = await page.evaluate(() => {
      const { core, renderer } = (window as unknown as W).__newsgraph;
      return [...core.focus.pathEdges].map((e) => renderer.getEdgeDisplayData(e).label);
    });
    expect(labelled).toHaveLength(3);
    expect(labelled.every((l: string) => l && !l.includes('_'))).toBe(true);
    await page.close();
  });

  it('search ranks an exact name first and shows a no-match state', async () => {
    const page = await open(seedUrl);
    await search(page, 'united');
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results li').first().textContent()).toMatch(/^United States/);
    await search(page, 'Zzyzxq');
    const none = page.locator('#search-results li.no-match');
    await none.waitFor();
    expect(await none.textContent()).toBe('No match for “Zzyzxq”');
    expect(await page.locator('#search').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('focus mode keeps the ego network; CSV export holds only what is shown; the table lists and filters it', async () => {
    const page = await open(`${seedUrl}#node=person%3Asergey-lavrov`);
    await page.locator('#focus-depth').selectOption('1');
    expect(page.url()).toContain('focus=1');
    const { visible, expected } = await page.evaluate(() => {
      const { vis, graph } = (window as unknown as W).__newsgraph;
      return { visible: [...vis().nodes].sort(), expected: ['person:sergey-lavrov', ...graph.neighbors('person:sergey-lavrov')].sort() };
    });
    expect(visible).toEqual(expected);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('source,source_name,type,target,target_name,confidence,evidence,document,start,end');
    const evidenceShown = await page.evaluate(() => {
      const { vis, graph } = (window as unknown as W).__newsgraph;
      return [...vis().edges].reduce((n: number, e) => n + graph.getEdgeAttribute(e, 'evidence').length, 0);
    });
    expect(csv.length - 1).toBe(evidenceShown);
    expect(csv.slice(1).every((row) => visible.includes(row.split(',')[0]!))).toBe(true);
    await page.locator('#open-table').click();
    expect(await page.locator('#table tbody tr').count()).toBe(await page.evaluate(() => (window as unknown as W).__newsgraph.vis().edges.size));
    await page.locator('#table .table-filter').fill('quoted');
    expect(await page.locator('#table tbody tr').count()).toBe(1);
    await page.locator('#table tbody tr').first().click();
    expect(await page.evaluate(() => (window as unknown as W).__newsgraph.state().selectedEdge)).toBe('quoted(media:tass,person:sergey-lavrov)');
    await page.close();
  });

  it('an edge is picked by a click 3 px beside it', async () => {
    const page = await open(seedUrl);
    const target = await page.evaluate(() => {
      const { graph, renderer } = (window as unknown as W).__newsgraph;
      const pos = (n: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n));
      // An edge clicked at its middle, 3 px off the line: the one whose click point lies furthest
      // from every node and every other edge, so that only it can be meant.
      const segDist = (p: any, a: any, b: any) => {
        const l2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / l2));
        return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y)));
      };
      const edges = graph.edges().map((e: string) => ({ e, a: pos(graph.source(e)), b: pos(graph.target(e)) }));
      const nodes = graph.nodes().map(pos);
      let best: { e: string; x: number; y: number; room: number } | null = null;
      for (const { e, a, b } of edges) {
        const len = Math.hypot(b.x - a.x, b.y - a.y);
        if (len < 40) continue;
        const p = { x: (a.x + b.x) / 2 + (3 * -(b.y - a.y)) / len, y: (a.y + b.y) / 2 + (3 * (b.x - a.x)) / len };
        const others = edges.filter((o: any) => o.e !== e && !(graph.source(o.e) === graph.source(e) && graph.target(o.e) === graph.target(e)));
        const room = Math.min(...nodes.map((n: any) => Math.hypot(n.x - p.x, n.y - p.y) - 10), ...others.map((o: any) => segDist(p, o.a, o.b)));
        if (!best || room > best.room) best = { e, x: p.x, y: p.y, room };
      }
      return best!;
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.waitForFunction((e) => (window as unknown as W).__newsgraph.state().selectedEdge === e, target.e);
    expect(await page.locator('#panel h2').textContent()).not.toContain('_');
    await page.close();
  });

  it('marks names in evidence from the mention offsets, and colours the largest communities with their own legend', async () => {
    const page = await open(`${seedUrl}#node=meeting%3Asaudi-arabia-meeting--seeds-000-99a1437396bf685a-txt`);
    const marks = await page.locator('#panel blockquote mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // What the offsets say: the text at each mention span of the meeting and of its neighbours that
    // falls inside one of the meeting's evidence sentences. A generic alias ("meeting") elsewhere
    // in a sentence is not marked.
    const expected: string[] = await page.evaluate(() => {
      const { graph } = (window as unknown as W).__newsgraph;
      const node = 'meeting:saudi-arabia-meeting--seeds-000-99a1437396bf685a-txt';
      const out = new Set<string>();
      for (const e of graph.edges(node)) {
        const ends = graph.extremities(e);
        for (const ev of graph.getEdgeAttribute(e, 'evidence')) {
          for (const n of ends) for (const [, s, t] of graph.getNodeAttribute(n, 'spans')) if (s >= ev.start && t <= ev.end) out.add(ev.text.slice(s - ev.start, t - ev.start));
        }
      }
      return [...out].sort();
    });
    expect([...new Set(marks)].sort()).toEqual(expected);
    await page.locator('#color-by').selectOption('community');
    expect(await page.locator('#legend-communities .legend-item').count()).toBeGreaterThan(0);
    const colors: string[] = await page.evaluate(() => {
      const { graph, renderer } = (window as unknown as W).__newsgraph;
      return graph.nodes().map((n: string) => renderer.getNodeDisplayData(n).color);
    });
    expect(colors.every((c) => [...COMMUNITY_COLORS, COMMUNITY_REST, '#e6e6e6'].includes(c))).toBe(true);
    await page.close();
  });

  it('opens a GEXF saved by Gephi, without entityType (issue 13: type.replace on undefined)', async () => {
    const page = await open(seedUrl);
    const gexf = readFileSync(join(seedOut, 'graph.gexf'), 'utf8').replace(/\s*<attribute id="entityType"[^>]*\/>/, '').replace(/\s*<attvalue for="entityType"[^>]*\/>/g, '');
    expect(gexf).not.toContain('entityType');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'saved-by-gephi.gexf', { type: 'application/xml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, gexf);
    await page.waitForFunction(() => (window as unknown as W).__newsgraph.graph.getNodeAttribute('person:sergey-lavrov', 'entityType') === 'unknown');
    const n = (JSON.parse(readFileSync(join(seedOut, 'graph.json'), 'utf8')) as { nodes: unknown[] }).nodes.length;
    expect(await page.locator('#status').textContent()).toMatch(new RegExp(`^${n} of ${n} entities`));
    expect(await page.locator('#legend-nodes').textContent()).toContain(`unknown (${n})`);
    await page.evaluate(() => (window as unknown as W).__newsgraph.setState({ selectedNode: 'person:sergey-lavrov' }));
    expect(await page.locator('#panel').textContent()).toContain('as explained by Russian Foreign Minister Sergey Lavrov');
    await page.close();
  });

  it('a merge made in the page is saved to curation.json, and a rebuild with --curation shows the merged node', async () => {
    const out = temp();
    expect(cli(['build', 'seeds', '--out', out]).code).toBe(0);
    // The hoped-for talks of the seed, a second meeting node to merge into the Istanbul talks.
    const TALKS_4 = (JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { attributes: { status?: string } } }[] }).nodes.find((n) => n.attributes.attributes.status === 'hypothetical')!.key;
    const url = await serve(out);
    const page = await open(`${url}#node=${encodeURIComponent(TALKS_4)}`);
    await page.locator('#panel .curation-mark').click();
    await page.evaluate(() => (window as unknown as W).__newsgraph.setState({ selectedNode: 'meeting:istanbul-talks--seeds-000-99a1437396bf685a-txt' }));
    await page.locator('#panel .curation-merge').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#curation .curation-download').click()]);
    const downloaded = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(downloaded)).toEqual({ curationVersion: 1, decisions: [{ op: 'merge', into: 'meeting:istanbul-talks--seeds-000-99a1437396bf685a-txt', from: [TALKS_4] }] });
    await page.locator('#curation .curation-save').click();
    await page.locator('#curation .curation-message', { hasText: 'saved' }).waitFor();
    expect(readFileSync(join(out, 'curation.json'), 'utf8')).toBe(downloaded);
    const mentionsBefore: number = await page.evaluate(() => (window as unknown as W).__newsgraph.graph.getNodeAttribute('meeting:istanbul-talks--seeds-000-99a1437396bf685a-txt', 'mentions'));
    const rebuilt = cli(['build', 'seeds', '--out', out, '--curation', join(out, 'curation.json')]);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    await page.goto(`${url}#node=meeting%3Aistanbul-talks--seeds-000-99a1437396bf685a-txt`);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const after = await page.evaluate((gone) => {
      const g = (window as unknown as W).__newsgraph.graph;
      return { gone: !g.hasNode(gone), mentions: g.getNodeAttribute('meeting:istanbul-talks--seeds-000-99a1437396bf685a-txt', 'mentions') };
    }, TALKS_4);
    expect(after.gone).toBe(true);
    expect(after.mentions).toBe(mentionsBefore + 1);
    // The saved decisions are loaded back, so that more can be added to them.
    await page.locator('#curation', { hasText: 'Curation: 1 decision' }).waitFor();
    await page.close();
  });
});
