// Test helpers: paths, the fixture loader and a runner for the real `newsgraph` command.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Extraction } from '../src/types.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEED = join(ROOT, 'seeds', '000_99a1437396bf685a.txt');
export const fixture = (name: string) => join(ROOT, 'test', 'fixtures', name);

export function loadTricky(): Extraction {
  return JSON.parse(readFileSync(fixture('tricky.extraction.json'), 'utf8')) as Extraction;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
}

export function cli(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'newsgraph.mjs'), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
