// Test helpers: paths, the fixture loader, benchmark data that may be absent, a runner for the
// real `newsgraph` command, and the mention finder over hand-set tagger spans.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestContext } from 'vitest';
import type { TaggedSpan } from '../src/extract/doc.ts';
import { findMentions } from '../src/extract/mentions.ts';
import { analyze } from '../src/extract/text.ts';
import { findTitles } from '../src/extract/titles.ts';
import type { Extraction } from '../src/types.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEED = join(ROOT, 'seeds', '000_99a1437396bf685a.txt');
export const fixture = (name: string) => join(ROOT, 'test', 'fixtures', name);
/** The GEXF 1.3 RELAX NG schema, committed as a fixture (see its README for the source). */
export const GEXF_RNG = fixture(join('gexf-1.3', 'gexf.rng'));

/**
 * A benchmark file from ../shared/data, which is never committed: without it the test is skipped
 * with the reason (in CI, where ../shared is present, .ci/run fails on any skipped test).
 */
export function sharedData(ctx: TestContext, path: string): string {
  const file = join(SHARED, 'data', path);
  if (!existsSync(file)) ctx.skip(`needs ${path} from ../shared/data (benchmark data, never committed)`);
  return file;
}

export function loadTricky(): Extraction {
  return JSON.parse(readFileSync(fixture('tricky.extraction.json'), 'utf8')) as Extraction;
}

/** A fresh folder inside this run's temp folder, which the global teardown removes. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
}

export function cli(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'newsgraph.mjs'), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    timeout: 120_000,
    env: opts.env ?? process.env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The mentions of `text` when the tagger gives `spans` ([first token, tokens, type]) — the tagger's
 * output set by hand, so that a test of the mention rules says exactly what the tagger did.
 */
export function mentionsWithSpans(text: string, spans: [number, number, TaggedSpan['type']][]): string[] {
  const { tokens, sentences } = analyze(text);
  const tagged = spans.map(([start, n, type]) => ({ start, end: start + n, type }));
  return findMentions(text, tokens, sentences, findTitles(tokens), tagged).map((m) => `${m.type}:${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
}
