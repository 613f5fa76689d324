// Trains the relation pair classifier (averaged perceptron) on CoNLL04 train and writes
// src/extract/relations/model.bin. Gold entity spans are used for training; at run time the
// classifier sees newsgraph's own mentions. Deterministic (seeded shuffle).
// Usage: npm run train:relations [-- --epochs N]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detokenize, readConll04 } from '../src/eval/conll.ts';
import { tokenize, type Token } from '../src/extract/text.ts';
import { pairSignature } from '../src/extract/model-signature.ts';
import { Perceptron, serialize } from '../src/extract/tagger/model.ts';
import { PAIR_CLASSES, pairFeatures, type Coarse, type PairMention } from '../src/extract/relations/pair-features.ts';
import { PAIR_MODEL_URL } from '../src/extract/relations/learned.ts';
import { seededRandom } from '../src/graph/metrics.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const args = process.argv.slice(2);
const epochs = Number(args[args.indexOf('--epochs') + 1]) || 10;
const COARSE: Record<string, Coarse | undefined> = { Peop: 'PER', Loc: 'LOC', Org: 'ORG' };

function need(file: string): string {
  const p = join(DATA, file);
  if (!existsSync(p)) throw new Error(`train-relations: ${p} not found (../shared/data must sit beside the project)`);
  return readFileSync(p, 'utf8');
}

interface Pair { feats: number[]; label: number }

/** Every ordered pair of PER/LOC/ORG names of a sentence, re-tokenized as at run time. */
function pairsOf(json: string): Pair[] {
  const pairs: Pair[] = [];
  for (const doc of readConll04(json)) {
    const s = doc.sentences[0]!;
    const { text, offsets } = detokenize([s.tokens]);
    const tokens: Token[] = tokenize(text);
    const toSpan = (start: number, end: number) => {
      const cs = offsets[0]![start]![0];
      const ce = offsets[0]![end - 1]![1];
      const a = tokens.findIndex((t) => t.start >= cs);
      let b = a;
      while (b < tokens.length && tokens[b]!.end <= ce) b++;
      return { start: a, end: b };
    };
    const ments = s.entities.map((e) => ({ ...toSpan(e.start, e.end), type: COARSE[e.type] }));
    const valid = ments.map((m, i) => ({ m, i })).filter((x): x is { m: PairMention; i: number } => x.m.type !== undefined);
    const all = valid.map((x) => x.m);
    for (const h of valid) for (const t of valid) {
      if (h === t) continue;
      const rel = (s.relations ?? []).find((r) => r.head === h.i && r.tail === t.i);
      const label = rel ? PAIR_CLASSES.indexOf(rel.type as (typeof PAIR_CLASSES)[number]) : 0;
      pairs.push({ feats: pairFeatures(tokens, h.m, t.m, all, []).slice(), label: Math.max(0, label) });
    }
  }
  return pairs;
}

const train = pairsOf(need('conll04/conll04_train.json'));
const dev = pairsOf(need('conll04/conll04_dev.json'));
console.log(`train-relations: ${train.length} training pairs (${train.filter((p) => p.label > 0).length} related)`);
const nc = PAIR_CLASSES.length;
const model = new Perceptron(nc);
const rnd = seededRandom(7);
const scores = new Float64Array(nc);
const argmax = (f: number[], m: { score(f: number[], o: Float64Array): void }) => {
  m.score(f, scores);
  let best = 0;
  for (let c = 1; c < nc; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
};
/** Related pairs are rare (15%): each is seen this many times per epoch. */
const positiveWeight = Number(args[args.indexOf('--positive-weight') + 1]) || 1;
const order = train.flatMap((p, i) => (p.label > 0 ? Array.from({ length: positiveWeight }, () => i) : [i]));
for (let e = 0; e < epochs; e++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order) {
    const p = train[i]!;
    model.update(p.label, argmax(p.feats, model), p.feats);
  }
}
const { keys, weights } = model.averaged(1000);
const bytes = serialize({ nc, scale: 1000, keys, weights, common: new Uint32Array(0) }, pairSignature());
writeFileSync(PAIR_MODEL_URL, bytes);
let h = 0, er = 0, mi = 0;
const { CompiledModel, deserialize } = await import('../src/extract/tagger/model.ts');
const compiled = new CompiledModel(deserialize(bytes, nc, pairSignature(), 'relation classifier'));
for (const p of dev) {
  const g = argmax(p.feats, compiled);
  if (g > 0 && g === p.label) h++;
  else {
    if (g > 0) er++;
    if (p.label > 0) mi++;
  }
}
const P = h / (h + er), R = h / (h + mi);
console.log(`train-relations: wrote ${PAIR_MODEL_URL.pathname} (${(bytes.length / 1e3).toFixed(0)} kB, ${keys.length} features)`);
console.log(`train-relations: CoNLL04 dev with gold entities: P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / (P + R)).toFixed(1)}`);
