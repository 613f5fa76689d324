// Output sets: all files of a build replace the previous ones together or not at all, whatever
// fails or kills the writer, and what a killed writer left is cleaned up by the next one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST, recoverOutputSet, writeFileAtomic, writeOutputSet } from '../../src/export/atomic.ts';
import { tempDir } from '../helpers.ts';
import { BODY, NAMES } from './set-writer.ts';

/** Everything newsgraph may leave beside an output folder. */
const beside = (dir: string) => readdirSync(dirname(dir)).filter((n) => n.startsWith(`.${basename(dir)}.newsgraph-`));
const read = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('output sets', () => {
  it('writes the files and a manifest naming them, and keeps what else the folder held', async () => {
    const dir = join(tempDir(), 'out');
    await writeOutputSet(dir, { 'a.txt': 'one', 'b.txt': ['t', 'w', 'o'] });
    writeFileSync(join(dir, 'README.md'), 'mine');
    await writeOutputSet(dir, { 'a.txt': 'three', 'b.txt': (async function* () { yield 'fo'; yield 'ur'; })() });
    const files = read(dir);
    expect(Object.keys(files)).toEqual([MANIFEST, 'README.md', 'a.txt', 'b.txt']);
    expect([files['a.txt'], files['b.txt'], files['README.md']]).toEqual(['three', 'four', 'mine']);
    const m = JSON.parse(files[MANIFEST]!);
    expect(m.files.map((f: { name: string; bytes: number }) => [f.name, f.bytes])).toEqual([['a.txt', 5], ['b.txt', 4]]);
    expect(beside(dir)).toEqual([]);
  });

  it('a failure while writing the third file leaves the previous set as it was and nothing beside it', async () => {
    const dir = join(tempDir(), 'out');
    await writeOutputSet(dir, { 'a.txt': 'old a', 'b.txt': 'old b', 'c.txt': 'old c' });
    const before = read(dir);
    const failing = (function* () {
      yield 'new c, half';
      throw new Error('disk full (simulated)');
    })();
    await expect(writeOutputSet(dir, { 'a.txt': 'new a', 'b.txt': 'new b', 'c.txt': failing })).rejects.toThrow('disk full');
    expect(read(dir)).toEqual(before);
    expect(beside(dir)).toEqual([]);
  });

  it('cleans what crashed runs left at start: a half-written set, a dead lock, old temp files', async () => {
    const root = tempDir();
    const dir = join(root, 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, 'graph.json'), 'old');
    writeFileSync(join(dir, '.graph.json.tmp-12345'), 'half'); // the writer before output sets
    mkdirSync(join(root, '.out.newsgraph-new'));
    writeFileSync(join(root, '.out.newsgraph-new', 'graph.json'), 'half of a new one');
    writeFileSync(join(root, '.out.newsgraph-lock'), String(deadPid()));
    await writeOutputSet(dir, { 'graph.json': 'new' });
    expect(Object.keys(read(dir))).toEqual([MANIFEST, 'graph.json']);
    expect(read(dir)['graph.json']).toBe('new');
    expect(beside(dir)).toEqual([]);
  });

  it('a complete set staged before a kill between the two renames is put in place by the next command', () => {
    const root = tempDir();
    const dir = join(root, 'out');
    const staged = join(root, '.out.newsgraph-new');
    mkdirSync(staged);
    writeFileSync(join(staged, 'graph.json'), 'new');
    writeFileSync(join(staged, MANIFEST), JSON.stringify({ newsgraph: 1, files: [{ name: 'graph.json', bytes: 3, sha256: '' }] }));
    mkdirSync(join(root, '.out.newsgraph-old'));
    writeFileSync(join(root, '.out.newsgraph-old', 'graph.json'), 'old');
    writeFileSync(join(root, '.out.newsgraph-lock'), String(deadPid()));
    recoverOutputSet(dir);
    expect(read(dir)['graph.json']).toBe('new');
    expect(beside(dir)).toEqual([]);
  });

  it('refuses a folder another live writer holds, the working directory, and a folder that is not an output folder', async () => {
    const root = tempDir();
    const dir = join(root, 'out');
    writeFileSync(join(root, '.out.newsgraph-lock'), String(process.ppid));
    await expect(writeOutputSet(dir, { 'a.txt': 'x' })).rejects.toThrow(/another newsgraph \(pid \d+\) is writing/);
    await expect(writeOutputSet(process.cwd(), { 'a.txt': 'x' })).rejects.toThrow('must not be or contain the working directory');
    await expect(writeOutputSet(dirname(process.cwd()), { 'a.txt': 'x' })).rejects.toThrow('must not be or contain the working directory');
    const busy = join(root, 'documents');
    mkdirSync(busy);
    for (let i = 0; i < 21; i++) writeFileSync(join(busy, `note${i}.txt`), 'mine');
    await expect(writeOutputSet(busy, { 'a.txt': 'x' })).rejects.toThrow('holds 21 entries newsgraph did not write');
    expect(readdirSync(busy)).toHaveLength(21);
  });

  it('writes a single file atomically and removes temp files that killed writers left', async () => {
    const dir = tempDir();
    const file = join(dir, 'x.json');
    writeFileSync(join(dir, `.x.json.newsgraph-tmp-${deadPid()}`), 'half');
    await writeFileAtomic(file, (async function* () { yield '{'; yield '}'; })());
    expect(readdirSync(dir)).toEqual(['x.json']);
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });

  it('a writer killed with SIGKILL at random moments leaves the old complete set or the new one', async () => {
    const dir = join(tempDir(), 'out');
    const child = join(import.meta.dirname, 'set-writer.ts');
    /** The generation of a complete set in `d`, or null if it is not one. */
    const generation = (d: string): string | null => {
      const gens = new Set<string>();
      for (const n of NAMES) {
        const p = join(d, n);
        if (!existsSync(p)) return null;
        const text = readFileSync(p, 'utf8');
        if (!text.startsWith('gen ') || text.length !== text.indexOf('\n') + 1 + BODY) return null;
        gens.add(text.slice(4, 10));
      }
      return gens.size === 1 ? [...gens][0]! : null;
    };
    let seed = 7;
    const states = { complete: 0, swapping: 0 };
    for (let trial = 0; trial < 10; trial++) {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((ok) => proc.stdout.once('data', () => ok()));
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      await new Promise((ok) => setTimeout(ok, seed % 200));
      const exited = new Promise((ok) => proc.once('exit', ok));
      proc.kill('SIGKILL');
      await exited;
      if (existsSync(dir)) {
        expect(generation(dir), `trial ${trial}: a mixed or partial set`).not.toBeNull();
        states.complete++;
      } else {
        // Killed between the two renames: both sets are complete beside the folder.
        expect(generation(join(dirname(dir), '.out.newsgraph-new'))).not.toBeNull();
        states.swapping++;
      }
      recoverOutputSet(dir);
      expect(generation(dir), `trial ${trial}: after recovery`).not.toBeNull();
      expect(beside(dir)).toEqual([]);
    }
    expect(states.complete + states.swapping).toBe(10);
  });
});
