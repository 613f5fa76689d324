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
  // Ordered as unsigned 32-bit values: feature hashes may come signed (hash.ts, mix), and the
  // stored order must not depend on that.
  for (const f of [...features].sort((a, b) => (a >>> 0) - (b >>> 0))) {
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
  return { keys: Uint32Array.from(keys), weights }; // Uint32Array stores a signed key's 32 bits as unsigned
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

/** The filter's size (2^21 bits, 256 kB) and the shift that takes a hash's top 21 bits. */
const FILTER_BITS = 1 << 21;
const FILTER_SHIFT = 11;

/**
 * Read-only model for tagging: open addressing over the feature hashes, each slot holding its key
 * and its int16 weights side by side, so that a lookup touches one cache line instead of three
 * (key table, slot table, weight row). Slots are padded to a power of two of 32-bit words so that
 * none straddles a line. Key 0 marks an empty slot; a feature whose hash is 0 is kept apart.
 */
export class CompiledModel implements Scorer {
  private readonly words: Int32Array;
  private readonly halves: Int16Array;
  /** The slot size in 32-bit words (the key, then the weights from half-word 2 of the slot). */
  private readonly stride: number;
  private readonly mask: number;
  private readonly inv: number;
  private readonly nc: number;
  /** Weights of the feature whose hash is 0 (it cannot live in the table), or null. */
  private readonly zero: Int16Array | null = null;
  /**
   * One bit per feature hash (its high bits), set for the model's features: most features of a
   * text are not in the model, and this small bit set (it stays in cache) rejects nearly all of
   * them without touching the table.
   */
  private readonly filter: Int32Array;

  constructor(data: ModelData) {
    this.nc = data.nc;
    // A slot padded to a power of two of words never straddles a cache line; padded only when
    // that wastes at most a third (the tagger's 6 words → 8; the relation model's 9 stay 9).
    const need = 1 + Math.ceil(data.nc / 2);
    let pow = 1;
    while (pow < need) pow <<= 1;
    this.stride = pow * 3 <= need * 4 ? pow : need;
    let cap = 1;
    while (cap < data.keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.inv = 1 / data.scale;
    this.filter = new Int32Array(FILTER_BITS >>> 5);
    this.words = new Int32Array(cap * this.stride);
    this.halves = new Int16Array(this.words.buffer);
    for (let i = 0; i < data.keys.length; i++) {
      const k = data.keys[i]! | 0;
      if (k === 0) {
        this.zero = data.weights.subarray(i * data.nc, (i + 1) * data.nc);
        continue;
      }
      this.filter[(k >>> FILTER_SHIFT) >>> 5]! |= 1 << ((k >>> FILTER_SHIFT) & 31);
      let p = k & this.mask;
      while (this.words[p * this.stride] !== 0) p = (p + 1) & this.mask;
      this.words[p * this.stride] = k;
      const to = p * this.stride * 2 + 2;
      const from = i * data.nc;
      for (let c = 0; c < data.nc; c++) this.halves[to + c] = data.weights[from + c]!;
    }
  }

  score(features: number[], out: Float64Array): void {
    out.fill(0);
    this.accumulate(features, out);
    this.scale(out);
  }

  /**
   * Adds the features' raw (integer) weights to `out`. Sums of integers are exact in any order, so
   * a caller may add a cached partial sum and the rest and `scale` once, byte-identical to `score`.
   */
  accumulate(features: number[], out: Float64Array): void {
    const { words, halves, stride, mask, nc, filter } = this;
    for (let i = 0; i < features.length; i++) {
      const f = features[i]! | 0;
      if (f === 0) {
        if (this.zero) for (let c = 0; c < nc; c++) out[c]! += this.zero[c]!;
        continue;
      }
      const bit = f >>> FILTER_SHIFT;
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      let p = f & mask;
      let base = -1;
      for (;;) {
        const k = words[p * stride]!;
        if (k === f) {
          base = p * stride * 2 + 2;
          break;
        }
        if (k === 0) break;
        p = (p + 1) & mask;
      }
      if (base < 0) continue;
      for (let c = 0; c < nc; c++) out[c]! += halves[base + c]!;
    }
  }

  /** Raw sums → scores. */
  scale(out: Float64Array): void {
    for (let c = 0; c < this.nc; c++) out[c]! *= this.inv;
  }
}
