// The real `newsgraph` command, spawned as a user would run it.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/types.ts';
import { cli, ROOT, SEED, tempDir } from '../helpers.ts';

describe('newsgraph CLI', () => {
  it('--help and --version exit 0; no command or a bad option exits 2', () => {
    expect(cli(['--help'])).toMatchObject({ code: 0 });
    expect(cli(['--help']).stdout).toContain('newsgraph build');
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(cli([]).code).toBe(2);
    const bad = cli(['build', SEED, '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--bogus');
    expect(cli(['frobnicate']).code).toBe(2);
  });

  it('a missing file: exit 1 and one line naming it', () => {
    const r = cli(['extract', 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/file.txt');
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('extract reads stdin and writes the contract to stdout', () => {
    const r = cli(['extract', '-'], { input: 'Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius.' });
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout) as Extraction;
    expect(x.schemaVersion).toBe(1);
    expect(x.documents[0]!.id).toBe('stdin');
    expect(x.entities.some((e) => e.id === 'person:andrzej-duda')).toBe(true);
  });

  it('reads .jsonl documents and skips bad lines and bad files, processing the rest', () => {
    const dir = tempDir();
    const jsonl = [
      JSON.stringify({ id: 'a1', text: 'Chilean President Gabriel Boric visited Lima.', title: 'Boric', url: 'https://example.org/a1', published: '2025-01-10' }),
      '{not json',
      JSON.stringify({ id: 'a2' }),
      JSON.stringify({ id: 'a3', text: 'Peruvian officials welcomed Boric.' }),
    ].join('\n');
    writeFileSync(join(dir, 'batch.jsonl'), jsonl);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const r = cli(['extract', dir, '-o', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => l.includes('batch.jsonl:2') && l.includes('JSON'))).toBe(true);
    expect(lines.some((l) => l.includes('batch.jsonl:3') && l.includes('"text"'))).toBe(true);
    expect(lines.some((l) => l.includes('binary.txt'))).toBe(true);
    expect(lines.some((l) => l.includes('latin1.txt') && l.includes('UTF-8'))).toBe(true);
    const x = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Extraction;
    expect(x.documents.map((d) => d.id)).toEqual(['a1', 'a3']);
    expect(x.documents[0]).toMatchObject({ title: 'Boric', url: 'https://example.org/a1', published: '2025-01-10' });
  });

  it('build writes every output, byte-identical across runs', () => {
    const a = tempDir();
    const b = tempDir();
    expect(cli(['build', 'seeds', '--out', a]).code).toBe(0);
    expect(cli(['build', 'seeds', '--out', b]).code).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toEqual(['.newsgraph-set.json', 'extraction.json', 'graph.gexf', 'graph.graphml', 'graph.json', 'triples.csv']);
    for (const f of files) expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
    const x = JSON.parse(readFileSync(join(a, 'extraction.json'), 'utf8')) as Extraction;
    expect(x.documents[0]!.id).toBe('seeds/000_99a1437396bf685a.txt');
  });

  it('a file name with a newline and a terminal escape is printed escaped, on one line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.txt'), 'Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius.');
    writeFileSync(join(dir, 'x\n\u001b[2Jnewsgraph build: done.txt'), '');
    const r = cli(['build', '.', '--out', join(dir, 'out')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr.split('\n')).toContain('newsgraph build: skipped x\\n\\x1b[2Jnewsgraph build: done.txt: empty document');
  });

  it('a failed build leaves the previous outputs as they were', () => {
    const out = tempDir();
    expect(cli(['build', SEED, '--out', out]).code).toBe(0);
    const before = readFileSync(join(out, 'graph.json'), 'utf8');
    const empty = join(tempDir(), 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'blank.txt'), '   \n');
    const r = cli(['build', empty, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('blank.txt');
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(before);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(readdirSync(join(out, '..')).filter((f) => f.startsWith(`.${basename(out)}.newsgraph-`))).toEqual([]);
  });
});
