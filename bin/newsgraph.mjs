#!/usr/bin/env node
// Entry point of the `newsgraph` command. It runs the compiled bundle (dist/, built by `prepare` at
// `npm ci`): compiled JavaScript starts in a fraction of the time the TypeScript loader takes. When
// a source under src/ is newer than the bundle (a developer's edit, a pull), the bundle is rebuilt
// first; if that cannot be done (esbuild missing, a read-only install), the sources run through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// V8 optimizes a function once it has run a budget of bytecode (67,584 bytes by default). The
// extractor is many medium-hot functions: at the default budget a cold run spends its time
// compiling and recompiling them, and on one core the compiler threads take the extractor's time.
// A budget of 4 MB optimizes only what stays hot: `newsgraph extract` on the CoNLL-2003 train text,
// pinned to one core, went from 5.6-6.2 s to 3.3-3.7 s (README, Speed). Set before any of our
// code is compiled; the same extraction, byte for byte. Only these flags: GC flags set this way
// (--single-threaded-gc) abort Node 20's V8 mid-run, so any other tuning belongs on the command line.
v8.setFlagsFromString('--interrupt-budget=4000000');
// A regular expression runs in V8's regexp interpreter until it has run this many times, then is
// compiled to machine code (after 1 run by default). Most of ours, and chrono's large date patterns,
// run a few times in a whole run: compiling them all cost more than interpreting them. Same
// results; cold extract of CoNLL-2003 train on one core -3 to -5% CPU (200 beat 20, 50, 500, 2000).
v8.setFlagsFromString('--regexp-tier-up-ticks=200');

const root = new URL('..', import.meta.url);
const bundle = new URL('dist/newsgraph.mjs', root);

/** The newest modification time under a directory (a few dozen files: about a millisecond). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function fresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return newest(fileURLToPath(new URL('src', root))) <= built && statSync(new URL('scripts/build-cli.mjs', root)).mtimeMs <= built;
}

async function load() {
  if (process.env.NEWSGRAPH_TSX !== '1') {
    if (fresh()) return import(bundle.href);
    try {
      const { buildCli } = await import('../scripts/build-cli.mjs');
      await buildCli();
      return import(bundle.href);
    } catch {
      // Falls through to the sources.
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
