// Multinomial logistic regression over hashed features, for the relation model: training by
// AdaGrad with L2 regularization (deterministic: the caller shuffles with a seeded generator), and
// the softmax over the classes a candidate allows. Weights are exported in the tagger's compact
// binary format (tagger/model.ts) and scored through its CompiledModel.

import { quantize, type Scorer } from '../tagger/model.ts';

export interface Example {
  features: number[];
  /** Class index (0 = no relation). */
  label: number;
  /** Classes this example may take (always including 0). */
  allowed: readonly number[];
  /** Weight of the example in the loss. */
  weight: number;
}

/** Probabilities over the allowed classes from raw scores (written into `out` at those indices). */
export function softmax(scores: Float64Array, allowed: readonly number[], out: Float64Array): void {
  // Indexed loops: run per candidate, and a cold run executes this unoptimized for long, where
  // for-of allocates an iterator result per element.
  out.fill(0);
  const n = allowed.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (scores[allowed[i]!]! > max) max = scores[allowed[i]!]!;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = allowed[i]!;
    const e = Math.exp(scores[c]! - max);
    out[c] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[allowed[i]!]! /= sum;
}

export class SoftmaxTrainer implements Scorer {
  private readonly w = new Map<number, Float64Array>();
  private readonly g2 = new Map<number, Float64Array>();
  private readonly probs: Float64Array;
  private readonly scores: Float64Array;

  constructor(private readonly nc: number, private readonly rate = 0.2, private readonly l2 = 1e-5) {
    this.probs = new Float64Array(nc);
    this.scores = new Float64Array(nc);
  }

  score(features: number[], out: Float64Array): void {
    out.fill(0);
    for (const f of features) {
      const w = this.w.get(f);
      if (!w) continue;
      for (let c = 0; c < this.nc; c++) out[c]! += w[c]!;
    }
  }

  /** One stochastic step on one example; returns its log-loss before the step. */
  step(ex: Example): number {
    this.score(ex.features, this.scores);
    softmax(this.scores, ex.allowed, this.probs);
    const loss = -Math.log(Math.max(1e-12, this.probs[ex.label]!));
    for (const f of ex.features) {
      let w = this.w.get(f);
      let g = this.g2.get(f);
      if (!w || !g) {
        w = new Float64Array(this.nc);
        g = new Float64Array(this.nc);
        this.w.set(f, w);
        this.g2.set(f, g);
      }
      for (const c of ex.allowed) {
        const grad = ex.weight * (this.probs[c]! - (c === ex.label ? 1 : 0)) + this.l2 * w[c]!;
        g[c]! += grad * grad;
        w[c]! -= (this.rate * grad) / Math.sqrt(g[c]! + 1e-8);
      }
    }
    return loss;
  }

  /** The average of several trained models' weights (an ensemble of shuffles, steadier than any one). */
  static average(models: readonly SoftmaxTrainer[]): SoftmaxTrainer {
    const out = new SoftmaxTrainer(models[0]!.nc, models[0]!.rate, models[0]!.l2);
    for (const m of models) {
      for (const [f, w] of m.w) {
        let acc = out.w.get(f);
        if (!acc) out.w.set(f, (acc = new Float64Array(out.nc)));
        for (let c = 0; c < out.nc; c++) acc[c]! += w[c]! / models.length;
      }
    }
    return out;
  }

  /** The weights quantized to int16 at `scale`, features whose weights all round to zero left out. */
  export(scale: number): { keys: Uint32Array; weights: Int16Array } {
    return quantize(this.w.keys(), this.nc, scale, (f, c) => this.w.get(f)![c]!);
  }
}
