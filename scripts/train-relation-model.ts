// Trains the relation model (src/extract/relations/model.ts) and writes relation-model.bin and
// relation-model.json beside it. Data: newsrel train and CoNLL04 train in ../shared/data (never
// dev). Per-type thresholds and the confidence calibration are chosen by 5-fold cross-validation
// over the newsrel train articles. Deterministic: seeded shuffles, fixed folds.
// Usage: npm run train:model [-- --curves] [--epochs 12] [--conll04-weight 0.5] [--folds 5] [--repeats 8] [--bag 4] [--final-bag 16]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from '../src/graph/metrics.ts';
import { relationModelSignature } from '../src/extract/model-signature.ts';
import { entityKeys, MODEL_CLASSES, MODEL_URL, PARAMETERS_URL, relationKey, ruleTrust, scoreDocument, type ModelParameters, type Scored } from '../src/extract/relations/model.ts';
import { SoftmaxTrainer, type Example } from '../src/extract/relations/softmax.ts';
import { serialize } from '../src/extract/tagger/model.ts';
import { RELATION_TYPE_LIST, type RelationType } from '../src/types.ts';
import { loadConll04, loadNewsrel, type NewsDoc } from './relation-data.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const args = process.argv.slice(2);
const opt = (name: string, def: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const epochs = opt('--epochs', 3);
const conll04Weight = opt('--conll04-weight', 1);
const folds = opt('--folds', 5);
const rate = opt('--rate', 0.05);
const l2 = opt('--l2', 1e-5);
/** Models averaged per training (different shuffles of the same examples). */
const bag = opt('--bag', 4);
/**
 * Models averaged for the committed model. Each shuffle's model reads borderline pairs its own way:
 * two final models of 4 shuffles each (seeds 7 and 8) disagreed on 15 of ~175 relations of newsrel
 * dev and the seed (the seed's relation F1 84.0 against 91.3); of 16 shuffles each, on 4.
 */
const finalBag = opt('--final-bag', 16);
const SCALE = 2000;
/**
 * A rule is trusted when its drafts of a type were right this often on train... At 0.55 the press
 * review's reported (40 right, 29 wrong on train: a rule of 8 train articles) was trusted; its
 * relations then counted as kept whatever the threshold, and reported's threshold rose 0.33 → 0.50
 * for every outlet in every story (121 fewer on the VOA texts, half of them right). At 0.6 it is
 * judged by the model like any other pair: reported's threshold 0.37, train CV 68.2 → 68.4.
 */
const TRUST = opt('--trust', 0.6);
/** ...or when it made fewer drafts of the type than this on train (too few to judge, see below). */
const MIN_JUDGED = 10;

/** Wilson's upper bound (one-sided, 90%) of a proportion. */
function wilsonUpper(hits: number, n: number): number {
  const z = 1.2816;
  const p = hits / n;
  return (p + (z * z) / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
}

function need(p: string): string {
  const file = join(DATA, p);
  if (!existsSync(file)) throw new Error(`train-relation-model: ${file} not found (../shared/data must sit beside the project)`);
  return file;
}

/** The rules that proposed each relation of a document, by relation key. */
function rulesByTuple(d: NewsDoc): Map<string, string[]> {
  const key = entityKeys(d.doc);
  const out = new Map<string, string[]>();
  for (const r of d.doc.relations) {
    const k = relationKey(key, r.type, r.source, r.target);
    out.set(k, [...(out.get(k) ?? []), r.rule ?? '']);
  }
  return out;
}
function tupleKey(d: NewsDoc, s: Scored): string {
  return relationKey(entityKeys(d.doc), s.type, s.source, s.target);
}

/** The average of `n` models trained on differently shuffled copies of the examples. */
function train(examples: Example[], seed: number, n = bag): SoftmaxTrainer {
  return SoftmaxTrainer.average(Array.from({ length: n }, (_, k) => trainOne(examples, seed * 31 + k)));
}

function trainOne(examples: Example[], seed: number): SoftmaxTrainer {
  const m = new SoftmaxTrainer(MODEL_CLASSES.length, rate, l2);
  const rnd = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) m.step(examples[i]!);
  }
  return m;
}

const t0 = performance.now();
const news = loadNewsrel(need('newsrel/train'));
const conll04 = conll04Weight > 0 ? loadConll04(readFileSync(need('conll04/conll04_train.json'), 'utf8'), conll04Weight) : [];
const newsExamples = news.flatMap((d) => d.examples);
console.log(`train-relation-model: ${news.length} newsrel articles, ${newsExamples.length} candidates (${newsExamples.filter((e) => e.label > 0).length} positive); CoNLL04 ${conll04.length} (${conll04.filter((e) => e.label > 0).length} positive); ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// The rules, measured on train: a rule whose drafts of a type are right often enough (or that has
// too few drafts on train to judge) is trusted: its relations are kept whatever the model says.
const ruleCounts = new Map<string, { h: number; e: number }>();
for (const d of news) for (const o of d.ruleOutcomes) {
  if (o.kind === 'ignore') continue;
  const k = `${o.rule}|${o.type}`;
  const c = ruleCounts.get(k) ?? { h: 0, e: 0 };
  if (o.kind === 'hit') c.h++;
  else c.e++;
  ruleCounts.set(k, c);
}
const rulePrecision: Record<string, number> = {};
const ruleReport: string[] = [];
for (const [k, c] of [...ruleCounts].sort()) {
  const n = c.h + c.e;
  const precision = c.h / n;
  // Judged only on enough evidence: a rule seen a few times keeps the benefit of the doubt unless
  // even the optimistic end of its precision (Wilson's 90% upper bound) falls short.
  const judged = n >= MIN_JUDGED || wilsonUpper(c.h, n) < TRUST;
  // Rounded down: rounded to the nearest, 39 right of 71 (0.549) was stored as 0.55 and trusted
  // while the table below called it distrusted.
  if (judged) rulePrecision[k] = Math.floor(precision * 1000) / 1000;
  ruleReport.push(`  ${k.padEnd(40)} ${String(c.h).padStart(4)} right ${String(c.e).padStart(4)} wrong  ${!judged || precision >= TRUST ? 'trusted' : ''}`);
}
console.log('train-relation-model: the rules on newsrel train (drafts that fit their type):');
console.log(ruleReport.join('\n'));
const isTrusted = (rules: string[], type: string) => rules.some((r) => ruleTrust({ trust: TRUST, rulePrecision }, r, type) > 0);

// Cross-validation: out-of-fold predictions for every train article, over several different
// partitions into folds (one partition's luck moved thresholds by 0.1 and more; two still let
// located_in's jump between 0.36 and 0.61 from one retrain to the next).
interface Outcome { type: RelationType; p: number; kind: 'hit' | 'ignore' | 'error'; key?: string; doc: string; trusted: boolean; rep: number }
const oof: Outcome[] = [];
// Eight partitions: with four, participant_in's threshold moved between 0.49 and 0.70 and
// holds_position's between 0.40 and 0.47 from one rule change to the next, on plateaus flat to a
// relation or two of train, and with them hundreds of relations on unseen text; eight halve the
// variance of each point of the curve (training takes about three minutes instead of two).
const REPEATS = opt('--repeats', 8);
/** Partition `rep`: the first two as before (stripes, then shifted stripes), the others seeded shuffles. */
const partitions = Array.from({ length: REPEATS }, (_, rep) => {
  if (rep < 2) return news.map((_, i) => (rep === 0 ? i % folds : (i + Math.floor(i / folds)) % folds));
  const rnd = seededRandom(7919 * rep);
  const order = news.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(news.length);
  order.forEach((doc, pos) => (fold[doc] = pos % folds));
  return fold;
});
const foldOf = (i: number, rep: number) => partitions[rep]![i]!;
for (let rep = 0; rep < REPEATS; rep++) for (let k = 0; k < folds; k++) {
  const inFold = (i: number) => foldOf(i, rep) === k;
  const m = train([...news.filter((_, i) => !inFold(i)).flatMap((d) => d.examples), ...conll04], 100 + k + 10 * rep);
  news.forEach((d: NewsDoc, i) => {
    if (!inFold(i)) return;
    const rulesOf = rulesByTuple(d);
    for (const s of scoreDocument(d.doc, m) as Scored[]) {
      const o = d.outcome(s);
      const trustedHere = isTrusted(rulesOf.get(tupleKey(d, s)) ?? [], s.type);
      oof.push({ type: s.type, p: s.probability, kind: o.kind, ...(o.kind === 'hit' ? { key: `${d.name}|${o.key}` } : {}), doc: d.name, trusted: trustedHere, rep });
    }
  });
}

// Thresholds: per type, the one that maximizes the type's (windowed) F1 over the out-of-fold
// predictions; then coordinate ascent on the micro F1 of all types together (a type that costs more precision
// than it brings recall is switched off: threshold above 1).
const goldCount = new Map<RelationType, number>();
for (const d of news) for (const t of d.required.values()) goldCount.set(t, (goldCount.get(t) ?? 0) + 1);
const OFF = 1.01;
/** Hits and errors of a type at a threshold (hits counted once per gold relation), averaged over the repeats. */
function tally(type: RelationType, threshold: number): { h: number; e: number } {
  const hits = Array.from({ length: REPEATS }, () => new Set<string>());
  let e = 0;
  for (const o of oof) {
    if (o.type !== type || o.kind === 'ignore' || (o.p < threshold && !o.trusted)) continue;
    if (o.kind === 'hit') hits[o.rep]!.add(o.key!);
    else e++;
  }
  return { h: hits.reduce((n, x) => n + x.size, 0) / REPEATS, e: e / REPEATS };
}
// Thresholds are read on a fixed grid and chosen by the F1 averaged over a window around each
// point: the exact argmax over out-of-fold probabilities jumps between distant plateaus when the
// features change a little (a threshold of 0.46 one day, 0.33 the next, for the same F1).
const GRID = Array.from({ length: 91 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);
const WINDOW = 5;
/** The grid point (or OFF) whose windowed mean of `score` is best; ties go to the higher threshold. */
function smoothedBest(score: (t: number) => number): number {
  const at = GRID.map(score);
  let best = { v: score(OFF), t: OFF };
  GRID.forEach((t, i) => {
    const lo = Math.max(0, i - WINDOW);
    const hi = Math.min(GRID.length - 1, i + WINDOW);
    let sum = 0;
    for (let j = lo; j <= hi; j++) sum += at[j]!;
    const v = sum / (hi - lo + 1);
    if (v > best.v + 1e-9 || (Math.abs(v - best.v) <= 1e-9 && t > best.t && best.t !== OFF)) best = { v, t };
  });
  return best.t;
}
const thresholds: Partial<Record<RelationType, number>> = {};
const counts = new Map<RelationType, { h: number; e: number }>();
for (const type of RELATION_TYPE_LIST) {
  const gold = goldCount.get(type) ?? 0;
  const f1At = (t: number) => {
    const { h, e } = tally(type, t);
    return gold + h + e === 0 ? 0 : (2 * h) / (gold + h + e);
  };
  const t = smoothedBest(f1At);
  thresholds[type] = f1At(t) > 0 ? t : OFF;
  counts.set(type, tally(type, thresholds[type]!));
}

const totalGold = [...goldCount.values()].reduce((x, y) => x + y, 0);
const micro = () => {
  let h = 0, e = 0;
  for (const c of counts.values()) { h += c.h; e += c.e; }
  return (2 * h) / (totalGold + h + e);
};
// Types newsrel train has too few of to choose a threshold (killed: 1) keep an even one: their
// examples come from CoNLL04 and the rules.
const RARE = 10;
for (const type of RELATION_TYPE_LIST) {
  if ((goldCount.get(type) ?? 0) < RARE) {
    thresholds[type] = 0.5;
    counts.set(type, tally(type, 0.5));
  }
}
// Types with few relations on train (lives_in, supports, at_war_with: 15–20) are not switched off
// for the micro F1, which would rest on a handful of out-of-fold predictions (and CoNLL04 has many
// more lives_in); their threshold is their own F1's, but never below an even 0.5.
const FEW = 25;
for (const type of RELATION_TYPE_LIST) {
  const n = goldCount.get(type) ?? 0;
  if (n >= RARE && n < FEW) {
    // Off only when even an even threshold finds nothing right.
    thresholds[type] = thresholds[type]! <= 1 ? Math.max(0.5, thresholds[type]!) : tally(type, 0.5).h > 0 ? 0.5 : OFF;
    counts.set(type, tally(type, thresholds[type]!));
  }
}
// The type's own threshold, before the micro ascent.
const ownThreshold = { ...thresholds };
for (let pass = 0; pass < 3; pass++) {
  for (const type of RELATION_TYPE_LIST) {
    if ((goldCount.get(type) ?? 0) < FEW) continue;
    let t = smoothedBest((x) => {
      counts.set(type, tally(type, x));
      return micro();
    });
    // Never switched off: what the model would be switched off for is the trusted rules' drafts,
    // whose precision is measured on the very articles the rules were written from (in-sample),
    // while the model's is out-of-fold. Switched off, based_in lost the model's readings of wordings
    // no rule knows (CoNLL04 OrgBased_In recall 46 → 21). At least an even 0.5 then.
    if (t > 1) t = Math.max(0.5, ownThreshold[type]! <= 1 ? ownThreshold[type]! : 0.5);
    thresholds[type] = t;
    counts.set(type, tally(type, t));
  }
}
// `--curves`: each type's own F1 (out-of-fold) across thresholds, to see how flat its plateau is.
if (args.includes('--curves')) {
  for (const type of RELATION_TYPE_LIST) {
    const gold = goldCount.get(type) ?? 0;
    if (gold < FEW) continue;
    const row = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8].map((t) => {
      const { h, e } = tally(type, t);
      return `${t.toFixed(2)}:${((200 * h) / (gold + h + e)).toFixed(1)}`;
    });
    console.log(`  curve ${type.padEnd(15)} ${row.join(' ')}`);
  }
}
const report: string[] = [];
let totH = 0, totE = 0;
for (const type of RELATION_TYPE_LIST) {
  const { h, e } = counts.get(type)!;
  const gold = goldCount.get(type) ?? 0;
  totH += h;
  totE += e;
  report.push(`  ${type.padEnd(15)} gold ${String(gold).padStart(4)}  threshold ${thresholds[type]! > 1 ? ' off ' : thresholds[type]!.toFixed(3)}  CV P ${(h / Math.max(1, h + e) * 100).toFixed(1)} R ${(h / Math.max(1, gold) * 100).toFixed(1)}`);
}
console.log(`train-relation-model: ${folds}-fold CV on newsrel train (relations found only; entity misses count as misses):`);
console.log(report.join('\n'));
const P = totH / Math.max(1, totH + totE), R = totH / Math.max(1, totalGold);
console.log(`  all             P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / Math.max(1e-9, P + R)).toFixed(1)}`);

// Calibration: Platt scaling of the out-of-fold probabilities of the relations that pass their threshold.
const kept = oof.filter((o) => o.kind !== 'ignore' && o.p >= thresholds[o.type]!);
const logit = (p: number) => Math.log(Math.min(1 - 1e-6, Math.max(1e-6, p)) / (1 - Math.min(1 - 1e-6, Math.max(1e-6, p))));
// Newton steps on the log-loss plus a weak prior pulling (a, b) towards (1, 0), which keeps the
// fit finite when the kept relations are nearly separable.
let a = 1, b = 0;
const PRIOR = 1;
for (let it = 0; it < 50; it++) {
  let ga = PRIOR * (a - 1), gb = PRIOR * b, haa = PRIOR, hab = 0, hbb = PRIOR;
  for (const o of kept) {
    const x = logit(o.p);
    const q = 1 / (1 + Math.exp(-(a * x + b)));
    const y = o.kind === 'hit' ? 1 : 0;
    ga += (q - y) * x;
    gb += q - y;
    const w = q * (1 - q);
    haa += w * x * x;
    hab += w * x;
    hbb += w;
  }
  const det = haa * hbb - hab * hab;
  a -= (hbb * ga - hab * gb) / det;
  b -= (haa * gb - hab * ga) / det;
}
console.log(`train-relation-model: calibration a ${a.toFixed(3)} b ${b.toFixed(3)} over ${kept.length} kept relations (${kept.filter((o) => o.kind === 'hit').length} right)`);

const final = train([...newsExamples, ...conll04], 7, finalBag);
const { keys, weights } = final.export(SCALE);
const signature = relationModelSignature();
const bytes = serialize({ nc: MODEL_CLASSES.length, scale: SCALE, keys, weights, common: new Uint32Array(0) }, signature);
writeFileSync(MODEL_URL, bytes);
const params: ModelParameters = { signature, thresholds, calibration: { a: Math.round(a * 1000) / 1000, b: Math.round(b * 1000) / 1000 }, trust: TRUST, rulePrecision };
writeFileSync(PARAMETERS_URL, JSON.stringify(params, null, 2) + '\n');
console.log(`train-relation-model: wrote ${MODEL_URL.pathname} (${(bytes.length / 1e6).toFixed(1)} MB, ${keys.length} features) and relation-model.json in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
