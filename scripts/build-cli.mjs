// Builds the compiled CLI: dist/newsgraph.mjs (the commands) and dist/worker.mjs (an extraction
// worker thread), bundled from src/ by esbuild. Run by `npm run build`, by `prepare` at `npm ci`,
// and by bin/newsgraph.mjs when src/ is newer than the bundle. Plain JavaScript, so that it runs
// before anything else is set up.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
export const ENTRIES = { newsgraph: 'src/cli/main.ts', worker: 'src/cli/worker.ts' };

// Modules find their data files (models, lexicons) and the project root through import.meta.url;
// in the bundle, each module's import.meta.url is made to point at its own source file again, so
// the data stays where it is in src/ and the bundle can move with the package.
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const rel = relative(DIST, args.path).split('\\').join('/');
      return { contents: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/** Builds both bundles; each file is written beside its target and renamed, the worker first. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild lowers regex literals with \p{…} to `new RegExp(…)` calls for any target, which
    // builds a RegExp object on every evaluation (the extractor has dozens in per-token loops);
    // Node 20 reads them natively.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    outdir: DIST,
    outExtension: { '.js': '.mjs' },
    define: { __NEWSGRAPH_BUNDLE__: 'true' },
    plugins: [sourceUrls],
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
  });
  mkdirSync(DIST, { recursive: true });
  const files = [...result.outputFiles].sort((a, b) => (a.path.endsWith('newsgraph.mjs') ? 1 : 0) - (b.path.endsWith('newsgraph.mjs') ? 1 : 0));
  for (const f of files) {
    const tmp = `${f.path}.tmp-${process.pid}`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
  return files.map((f) => f.path);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await buildCli();
  console.log(`build-cli: ${files.map((f) => relative(ROOT, f)).join(', ')}`);
}
