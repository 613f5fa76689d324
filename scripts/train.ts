// Trains the mention tagger (averaged perceptron) and writes src/extract/tagger/model.bin.
// Data: ../shared/data (CoNLL-2003 train, CoNLL04 train, optionally GMB); never committed.
// Deterministic: a seeded shuffle, no clock in the output.
// Usage: npm run train [-- --epochs 8] [--conll04-weight 3] [--gmb] (GMB lowered dev scores: off by default)

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detokenize, readConll03, readConll04, readGmb, type BenchSentence } from '../src/eval/conll.ts';
import { tokenize, type Token } from '../src/extract/text.ts';
import { features, sentenceParts, type SentenceParts } from '../src/extract/tagger/features.ts';
import { hashString } from '../src/extract/tagger/hash.ts';
import { CLASSES, NC, Perceptron, allowed, serialize } from '../src/extract/tagger/model.ts';
import { MODEL_URL, decode, spansOf } from '../src/extract/tagger/index.ts';
import { CompiledModel, deserialize } from '../src/extract/tagger/model.ts';
import { taggerSignature } from '../src/extract/model-signature.ts';
import { seededRandom } from '../src/graph/metrics.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const args = process.argv.slice(2);
const useGmb = args.includes('--gmb');
const epochs = Number(args[args.indexOf('--epochs') + 1]) || 8;
const gmbLimit = Number(args[args.indexOf('--gmb-limit') + 1]) || Infinity;
/** CoNLL04 is small next to CoNLL-2003: each of its sentences is seen this many times per epoch. */
const conll04Weight = Number(args[args.indexOf('--conll04-weight') + 1]) || 3;

const LABEL: Record<string, string> = {
  PER: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC', Peop: 'PER', Loc: 'LOC', Org: 'ORG', Other: 'MISC',
  per: 'PER', geo: 'LOC', org: 'ORG', gpe: 'MISC', eve: 'MISC', art: 'MISC', nat: 'MISC', tim: '',
};

function need(file: string): string {
  const p = join(DATA, file);
  if (!existsSync(p)) throw new Error(`train: ${p} not found (../shared/data must sit beside the project)`);
  return readFileSync(p, 'utf8');
}

interface Example { tokens: Token[]; gold: number[]; parts?: SentenceParts }

/**
 * A training sentence as the extractor will see it: the benchmark tokens are joined into natural
 * text and tokenized again by newsgraph's tokenizer; gold labels are projected through offsets.
 */
function toExample(s: BenchSentence): Example {
  const { text, offsets } = detokenize([s.tokens]);
  const tokens = tokenize(text);
  const gold = new Array(tokens.length).fill(0);
  for (const e of s.entities) {
    const label = LABEL[e.type];
    if (!label) continue;
    const cs = offsets[0]![e.start]![0];
    const ce = offsets[0]![e.end - 1]![1];
    let first = true;
    tokens.forEach((t, k) => {
      if (t.start >= cs && t.end <= ce) {
        gold[k] = CLASSES.indexOf(`${first ? 'B' : 'I'}-${label}` as (typeof CLASSES)[number]);
        first = false;
      }
    });
  }
  return { tokens, gold };
}

const conll03 = readConll03(need('conll03/eng.train')).flatMap((d) => d.sentences);
const conll04 = readConll04(need('conll04/conll04_train.json')).flatMap((d) => d.sentences);
const gmb = useGmb ? readGmb(need('gmb/ner_dataset.conll')).slice(0, gmbLimit) : [];
const examples = [...conll03, ...Array.from({ length: conll04Weight }, () => conll04).flat(), ...gmb].map(toExample);
console.log(`train: ${conll03.length} CoNLL-2003 + ${conll04.length} CoNLL04 + ${gmb.length} GMB sentences`);

// Words mostly written in lower case (at least 3 times, at least half of their uses): "common".
// Counted over the training text and, as unlabeled text only, GMB's (public-domain VOA news).
const lowerCount = new Map<string, number>();
const allCount = new Map<string, number>();
const unlabeled = useGmb ? [] : readGmb(need('gmb/ner_dataset.conll')).map((s) => ({ tokens: s.tokens.map((w) => ({ text: w, lower: w.toLowerCase() })) }));
for (const ex of [...examples, ...unlabeled]) for (const t of ex.tokens) {
  allCount.set(t.lower, (allCount.get(t.lower) ?? 0) + 1);
  if (t.text === t.lower && /\p{L}/u.test(t.text)) lowerCount.set(t.lower, (lowerCount.get(t.lower) ?? 0) + 1);
}
const commonWords = [...lowerCount].filter(([w, n]) => n >= 3 && n * 2 >= allCount.get(w)!).map(([w]) => hashString(w)).sort((a, b) => a - b);
const common = new Set(commonWords);

const t0 = performance.now();
for (const ex of examples) ex.parts = sentenceParts(ex.tokens, common);
console.log(`train: features prepared in ${Math.round(performance.now() - t0)} ms`);

const model = new Perceptron();
const rnd = seededRandom(1);
const order = examples.map((_, i) => i);
const feats: number[] = [];
const scores = new Float64Array(NC);
for (let epoch = 0; epoch < epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let correct = 0;
  let total = 0;
  for (const idx of order) {
    const ex = examples[idx]!;
    const tags: number[] = [];
    for (let i = 0; i < ex.tokens.length; i++) {
      features(ex.parts!, i, tags[i - 1] ?? -1, tags[i - 2] ?? -1, feats);
      model.score(feats, scores);
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < NC; c++) if (allowed(tags[i - 1] ?? -1, c) && scores[c]! > bestScore) { bestScore = scores[c]!; best = c; }
      model.update(ex.gold[i]!, best, feats);
      // Learn from the gold history (teacher forcing) so that one error does not cascade in training.
      tags.push(ex.gold[i]!);
      if (best === ex.gold[i]) correct++;
      total++;
    }
  }
  console.log(`train: epoch ${epoch + 1}/${epochs} token accuracy ${(100 * correct / total).toFixed(2)}%`);
}

const SCALE = 1000;
const { keys, weights } = model.averaged(SCALE);
const bytes = serialize({ nc: NC, scale: SCALE, keys, weights, common: Uint32Array.from(commonWords) }, taggerSignature());
writeFileSync(MODEL_URL, bytes);
console.log(`train: wrote ${MODEL_URL.pathname} (${(bytes.length / 1e6).toFixed(1)} MB, ${keys.length} features)`);

// Tagger-only dev score (exact spans, PER/LOC/ORG) on CoNLL-2003 dev.
const dev = readConll03(need('conll03/eng.testa')).flatMap((d) => d.sentences).map(toExample);
const tagger = { scorer: new CompiledModel(deserialize(bytes, NC, taggerSignature(), 'tagger model')), common };
let h = 0, e = 0, m = 0;
for (const ex of dev) {
  const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
  const gold = new Set(spansOf(ex.gold).filter((s) => s.type !== 'MISC').map(key));
  const pred = new Set(spansOf(decode(tagger, ex.tokens)).filter((s) => s.type !== 'MISC').map(key));
  for (const p of pred) if (gold.has(p)) h++; else e++;
  for (const g of gold) if (!pred.has(g)) m++;
}
const P = h / (h + e), R = h / (h + m);
console.log(`train: tagger alone on CoNLL-2003 dev (PER/LOC/ORG exact): P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / (P + R)).toFixed(1)}`);
