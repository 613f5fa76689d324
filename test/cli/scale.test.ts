// The corpus-scale paths of the real command (the compiled bundle): --jobs, the cache, kill -9,
// shards merged with build --from, the Neo4j export, stable layout across rebuilds.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../src/cli/build.ts';
import type { Extraction } from '../../src/types.ts';
import { cli, ROOT, tempDir } from '../helpers.ts';

const ARTICLES = [
  'Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on Monday.',
  'Reuters reported that Chilean President Gabriel Boric visited Lima, where he met Peruvian officials.',
  'German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron about Ukraine.',
  'Duda said the talks in Vilnius were constructive, the Polish news agency PAP reported.',
  'Macron hosted Boric in Paris. The two leaders discussed trade.',
  'Japanese Prime Minister Fumio Kishida visited Washington, where he met U.S. President Joe Biden.',
];

function corpus(n = ARTICLES.length): string {
  const dir = tempDir();
  const file = join(dir, 'news.jsonl');
  writeFileSync(file, ARTICLES.slice(0, n).map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');
  return file;
}

const outputs = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'neo4j').sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('newsgraph at corpus scale', () => {
  it('--jobs 2 writes byte-identical outputs to --jobs 1', () => {
    const input = corpus();
    const [a, b] = [join(tempDir(), 'out'), join(tempDir(), 'out')];
    const r1 = cli(['build', input, '--out', a, '--jobs', '1', '--no-cache']);
    const r2 = cli(['build', input, '--out', b, '--jobs', '2', '--no-cache']);
    expect([r1.code, r2.code]).toEqual([0, 0]);
    expect(r2.stderr).toMatch(/extract \(6 extracted, 2 jobs\)/);
    expect(outputs(b)).toEqual(outputs(a));
    expect(Object.keys(outputs(a))).toHaveLength(5);
  });

  it('a rebuild reads unchanged documents from the cache and extracts only the new one', () => {
    const input = corpus(5);
    const parent = tempDir();
    const out = join(parent, 'graph');
    const first = cli(['build', input, '--out', out]);
    expect(first.stderr).toMatch(/5 extracted, 0 cached/);
    expect(existsSync(join(parent, '.newsgraph-cache'))).toBe(true);
    const before = outputs(out);
    const again = cli(['build', input, '--out', out]);
    expect(again.stderr).toMatch(/0 extracted, 5 cached/);
    // Nothing changed: the same outputs, positions included.
    expect(outputs(out)).toEqual(before);
    writeFileSync(input, readFileSync(input, 'utf8') + JSON.stringify({ id: 'a5', text: ARTICLES[5] }) + '\n');
    const grown = cli(['build', input, '--out', out]);
    expect(grown.stderr).toMatch(/1 extracted, 5 cached/);
    // The cached build equals a build from scratch (positions aside: those keep the previous ones).
    const fresh = join(tempDir(), 'fresh');
    cli(['build', input, '--out', fresh, '--no-cache']);
    expect(readFileSync(join(out, 'extraction.json'), 'utf8')).toBe(readFileSync(join(fresh, 'extraction.json'), 'utf8'));
    // Existing nodes kept their place.
    const pos = (json: string) => new Map((JSON.parse(json).nodes as { key: string; attributes: { x: number; y: number } }[]).map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
    const old = pos(before['graph.json']!);
    const p1 = pos(readFileSync(join(out, 'graph.json'), 'utf8'));
    for (const [k, xy] of old) expect(p1.get(k)).toEqual(xy);
    expect(p1.size).toBeGreaterThan(old.size);
  });

  it('--cache DIR and --no-cache', () => {
    const input = corpus(2);
    const cache = join(tempDir(), 'c');
    expect(cli(['extract', input, '--cache', cache, '-q']).code).toBe(0);
    expect(readdirSync(cache)).toHaveLength(1);
    const r = cli(['extract', input, '--cache', cache]);
    expect(r.stderr).toMatch(/0 extracted, 2 cached/);
    const out = join(tempDir(), 'x');
    expect(cli(['build', input, '--out', out, '--no-cache', '-q']).stderr).toBe('');
    expect(existsSync(join(out, '..', '.newsgraph-cache'))).toBe(false);
    expect(cli(['extract', input, '--cache', cache, '--no-cache']).code).toBe(2);
    expect(cli(['extract', input, '--jobs', '-1']).code).toBe(2);
  });

  it('the cache survives kill -9: every entry left is whole, and the next run completes', async () => {
    const dir = tempDir();
    const input = join(dir, 'many.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) lines.push(JSON.stringify({ id: `d${i}`, text: `${ARTICLES[i % ARTICLES.length]} Story ${i}.` }));
    writeFileSync(input, lines.join('\n') + '\n');
    const cache = join(dir, 'cache');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'newsgraph.mjs'), 'extract', input, '--cache', cache, '--jobs', '2', '-o', join(dir, 'x.json')], { stdio: 'ignore' });
    // Killed as soon as some entries exist.
    const entries = () => (existsSync(cache) ? readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.json')) : []);
    for (let t = 0; t < 600 && entries().length < 20; t++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const left = entries();
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(400);
    for (const f of left) expect(() => JSON.parse(readFileSync(join(cache, f), 'utf8'))).not.toThrow();
    const r = cli(['extract', input, '--cache', cache, '-o', join(dir, 'x.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${400 - left.length} extracted, ${left.length} cached`));
  });

  it('shards extracted apart and merged by build --from equal one build', () => {
    const input = corpus();
    const dir = tempDir();
    const shards = [1, 2, 3].map((k) => join(dir, `shard${k}.json`));
    shards.forEach((s, k) => expect(cli(['extract', input, '--shard', `${k + 1}/3`, '-o', s, '--no-cache', '-q']).code === 0 || !ARTICLES.some((_, i) => shardOf(`a${i}`, 3) === k + 1)).toBe(true));
    const present = shards.filter((s) => existsSync(s));
    const ids = present.flatMap((s) => (JSON.parse(readFileSync(s, 'utf8')) as Extraction).documents.map((d) => d.id));
    expect(ids.sort()).toEqual(ARTICLES.map((_, i) => `a${i}`));
    const merged = join(dir, 'merged');
    const whole = join(dir, 'whole');
    expect(cli(['build', '--from', ...present, '--out', merged, '--neo4j']).code).toBe(0);
    expect(cli(['build', input, '--out', whole, '--no-cache', '--neo4j']).code).toBe(0);
    expect(outputs(merged)).toEqual(outputs(whole));
    expect(outputs(join(merged, 'neo4j'))).toEqual(outputs(join(whole, 'neo4j')));
    // A shard given twice: reported, skipped, exit 1.
    const twice = cli(['build', '--from', present[0]!, present[0]!, '--out', join(dir, 'twice')]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/is also in/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 7}');
    const r = cli(['build', '--from', bad, '--out', join(dir, 'bad')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.json: not an extraction of schema version 1');
    expect(cli(['extract', input, '--shard', '4/3']).code).toBe(2);
  });

  it('--neo4j writes the import files beside the graph', () => {
    const out = join(tempDir(), 'out');
    expect(cli(['build', corpus(2), '--out', out, '--neo4j', '-q']).code).toBe(0);
    const files = readdirSync(join(out, 'neo4j')).sort();
    expect(files).toContain('nodes_Person.csv');
    expect(files).toContain('schema.cypher');
    expect(files).toContain('import.sh');
    const sh = readFileSync(join(out, 'neo4j', 'import.sh'), 'utf8');
    for (const f of files.filter((f) => f.endsWith('.csv'))) expect(sh).toContain(`=${f} `);
  });
});
