#!/usr/bin/env node
// Entry point of the `newsgraph` command. It runs the compiled bundle (dist/, built by `prepare` at
// `npm ci`): compiled JavaScript starts in a fraction of the time the TypeScript loader takes. When
// a source under src/ is newer than the bundle (a developer's edit, a pull), the bundle is rebuilt
// first; if that cannot be done (esbuild missing, a read-only install), the sources run through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
