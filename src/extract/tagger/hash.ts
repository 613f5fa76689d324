// 32-bit hashing of feature parts (FNV-1a for strings, a murmur-style mix to combine), so that
// features are built without string concatenation on the hot path.

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Combines two hashes into a feature hash, a SIGNED 32-bit integer. Features are compared by their
 * 32 bits only (the compiled model reads `f | 0`, training keys its maps by the value it is given,
 * quantize orders keys as unsigned), so the sign changes nothing stored or scored; it is signed
 * because a cold run executes the feature code unoptimized for long, and there a value past 2^31
 * (half of all unsigned hashes) is a heap-allocated number: a signed one is a small integer.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}
