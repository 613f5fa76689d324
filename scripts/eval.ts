// `npm run eval`: the quality numbers the README reports, in one go: the newsrel dev corpus (per
// type, calibration, worst documents), CoNLL-2003 dev entities and CoNLL04 dev entities and
// relations. Extra arguments (e.g. `--disable relations.model`) are passed to every run.
// Dev sets only: nothing here reads a test split, and nothing is tuned on these numbers' inputs.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { main, ROOT } from '../src/cli/main.ts';

const data = join(ROOT, '..', 'shared', 'data');
if (!existsSync(data)) {
  process.stderr.write(`eval: ${data} not found: the benchmark data sits in ../shared beside the project\n`);
  process.exit(1);
}
const extra = process.argv.slice(2);
const runs: string[][] = [
  ['eval', 'gold', join(data, 'newsrel', 'dev')],
  ['eval', 'conll03', join(data, 'conll03', 'eng.testa')],
  ['eval', 'conll04', join(data, 'conll04', 'conll04_dev.json')],
];
let code = 0;
for (const argv of runs) {
  const t0 = performance.now();
  code = Math.max(code, await main([...argv, ...extra]));
  process.stdout.write(`(${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n`);
}
process.exit(code);
