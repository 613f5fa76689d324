// Averaged perceptron over hashed features: the tagger's model (decoded greedily left to right
// with BIO constraints) and, with its own classes, the relation classifier's. Training keeps running totals for averaging; the trained model is a compact
// binary (feature hashes, int16 weights) looked up through an open-addressing table.

export const CLASSES = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const NC = CLASSES.length;

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  const n = CLASSES[next]!;
  if (!n.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = CLASSES[prev]!;
  return p !== 'O' && p.slice(2) === n.slice(2);
}

export interface Scorer {
  score(features: number[], out: Float64Array): void;
}

/** Trainable averaged perceptron over `nc` classes (the tagger's, or the relation classifier's). */
export class Perceptron implements Scorer {
  constructor(private readonly nc: number = NC) {}

  private readonly w = new Map<number, Float64Array>();
  private readonly totals = new Map<number, Float64Array>();
  private readonly stamps = new Map<number, Float64Array>();
  private instances = 0;

  score(features: number[], out: Float64Array): void {
    out.fill(0);
    for (const f of features) {
      const w = this.w.get(f);
      if (!w) continue;
      for (let c = 0; c < this.nc; c++) out[c]! += w[c]!;
    }
  }

  private bump(f: number, c: number, v: number): void {
    let w = this.w.get(f);
    if (!w) {
      w = new Float64Array(this.nc);
      this.w.set(f, w);
      this.totals.set(f, new Float64Array(this.nc));
      this.stamps.set(f, new Float64Array(this.nc));
    }
    const tot = this.totals.get(f)!;
    const st = this.stamps.get(f)!;
    tot[c]! += (this.instances - st[c]!) * w[c]!;
    st[c] = this.instances;
    w[c]! += v;
  }

  update(truth: number, guess: number, features: number[]): void {
    this.instances++;
    if (truth === guess) return;
    for (const f of features) {
      this.bump(f, truth, 1);
      this.bump(f, guess, -1);
    }
  }

  /** Averaged weights, pruned of features whose weights all round to zero. */
  averaged(scale: number): { keys: Uint32Array; weights: Int16Array } {
    return quantize(this.w.keys(), this.nc, scale, (f, c) => {
      const w = this.w.get(f)!;
      return (this.totals.get(f)![c]! + (this.instances - this.stamps.get(f)![c]!) * w[c]!) / this.instances;
    });
  }
}

/**
 * Weights quantized to int16 at `scale`, in the order of their feature keys, features whose
 * weights all round to zero left out: the stored form of every linear model here (tagger and
 * relation model), read back by `deserialize`.
 */
export function quantize(features: Iterable<number>, nc: number, scale: number, weight: (f: number, c: number) => number): { keys: Uint32Array; weights: Int16Array } {
  const keys: number[] = [];
  const rows: Int16Array[] = [];
  for (const f of [...features].sort((a, b) => a - b)) {
    const row = new Int16Array(nc);
    let nonzero = false;
    for (let c = 0; c < nc; c++) {
      const q = Math.max(-32767, Math.min(32767, Math.round(weight(f, c) * scale)));
      row[c] = q;
      if (q !== 0) nonzero = true;
    }
    if (nonzero) {
      keys.push(f);
      rows.push(row);
    }
  }
  const weights = new Int16Array(keys.length * nc);
  rows.forEach((r, i) => weights.set(r, i * nc));
  return { keys: Uint32Array.from(keys), weights };
}

const MAGIC = 0x4e475432; // "NGT2": a header with the model's signature
const SIGNATURE_BYTES = 64;

export interface ModelData {
  nc: number;
  scale: number;
  keys: Uint32Array;
  weights: Int16Array;
  common: Uint32Array;
}

/** The binary model: header (magic, classes, sizes, scale), signature, feature keys, common words, weights. */
export function serialize(m: ModelData, signature: string): Uint8Array {
  const sig = new TextEncoder().encode(signature);
  if (sig.length > SIGNATURE_BYTES) throw new Error('model signature too long');
  const header = new Uint32Array([MAGIC, m.nc, m.keys.length, m.common.length, Math.round(m.scale)]);
  const sigBytes = new Uint8Array(SIGNATURE_BYTES);
  sigBytes.set(sig);
  const parts = [header, sigBytes, m.keys, m.common, m.weights];
  const size = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), o);
    o += p.byteLength;
  }
  return out;
}

/**
 * Reads a model, checking that it was trained for this class set and with the features and
 * lexicons the code has now (`signature`). `name` names the model in the error.
 */
export function deserialize(bytes: Uint8Array, nc: number, signature: string, name: string): ModelData {
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const header = new Uint32Array(buf, 0, 5);
  if (header[0] !== MAGIC || header[1] !== nc) throw new Error(`${name}: not a newsgraph model of this version and class set; run \`npm run train\``);
  const stored = new TextDecoder().decode(new Uint8Array(buf, 20, SIGNATURE_BYTES)).replace(/\0+$/, '');
  if (stored !== signature) throw new Error(`${name}: trained with other features or lexicons (model: ${stored}; code: ${signature}); run \`npm run train\``);
  const nKeys = header[2]!;
  const nCommon = header[3]!;
  let o = 20 + SIGNATURE_BYTES;
  const keys = new Uint32Array(buf, o, nKeys);
  o += nKeys * 4;
  const common = new Uint32Array(buf, o, nCommon);
  o += nCommon * 4;
  const weights = new Int16Array(buf, o, nKeys * nc);
  return { nc, scale: header[4]!, keys, weights, common };
}

/** Read-only model for tagging: open addressing over the feature hashes. */
export class CompiledModel implements Scorer {
  private readonly table: Uint32Array;
  private readonly slot: Int32Array;
  private readonly mask: number;
  private readonly inv: number;

  constructor(private readonly data: ModelData) {
    let cap = 1;
    while (cap < data.keys.length * 2) cap <<= 1;
    this.table = new Uint32Array(cap);
    this.slot = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.inv = 1 / data.scale;
    for (let i = 0; i < data.keys.length; i++) {
      const k = data.keys[i]!;
      let p = k & this.mask;
      while (this.slot[p] !== -1) p = (p + 1) & this.mask;
      this.table[p] = k;
      this.slot[p] = i;
    }
  }

  score(features: number[], out: Float64Array): void {
    out.fill(0);
    const { table, slot, mask } = this;
    const w = this.data.weights;
    for (const f of features) {
      let p = f & mask;
      let s = slot[p]!;
      while (s !== -1 && table[p] !== f) {
        p = (p + 1) & mask;
        s = slot[p]!;
      }
      if (s === -1) continue;
      const nc = this.data.nc;
      const base = s * nc;
      for (let c = 0; c < nc; c++) out[c]! += w[base + c]!;
    }
    for (let c = 0; c < this.data.nc; c++) out[c]! *= this.inv;
  }
}
