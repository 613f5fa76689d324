// `npm run ablate`: what each pipeline component contributes. Each component that can be disabled
// is switched off in turn, and the dev sets are scored again (newsrel dev entities and relations,
// CoNLL-2003 dev entities, CoNLL04 dev relations). Prints a Markdown table for the README.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateBenchmark, evaluateGoldDir } from '../src/cli/eval.ts';
import { ROOT } from '../src/cli/main.ts';
import { readConll03, readConll04 } from '../src/eval/conll.ts';
import { PIPELINE } from '../src/extract/index.ts';

const data = join(ROOT, '..', 'shared', 'data');
if (!existsSync(data)) {
  process.stderr.write(`ablate: ${data} not found: the benchmark data sits in ../shared beside the project\n`);
  process.exit(1);
}
const conll03 = readConll03(readFileSync(join(data, 'conll03', 'eng.testa'), 'utf8'));
const conll04 = readConll04(readFileSync(join(data, 'conll04', 'conll04_dev.json'), 'utf8'));
const f1 = (x: number) => (100 * x).toFixed(1);

function scores(disable: string[]) {
  const news = evaluateGoldDir(join(data, 'newsrel', 'dev'), { disable });
  const c03 = evaluateBenchmark(conll03, false, { disable });
  const c04 = evaluateBenchmark(conll04, true, { disable });
  return [news.entities.f1, news.relations.f1, c03.entities.overall.f1, c04.relations!.overall.f1];
}

const full = scores([]);
const row = (name: string, s: number[]) => `| ${name} | ${s.map((x, i) => (name === 'all components' ? f1(x) : `${f1(x)} (${x - full[i]! >= 0 ? '+' : ''}${f1(x - full[i]!)})`)).join(' | ')} |`;
console.log('| without | newsrel dev entities F1 | newsrel dev relations F1 | CoNLL-2003 dev entities F1 | CoNLL04 dev relations F1 |');
console.log('|---|---|---|---|---|');
console.log(row('all components', full));
for (const c of PIPELINE) {
  if (c.essential) continue;
  console.log(row(`\`${c.name}\``, scores([c.name])));
}
