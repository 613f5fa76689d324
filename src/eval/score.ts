// Precision / recall / F1 counters shared by every scorer.

export interface Score {
  hits: number;
  errors: number;
  misses: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(hits: number, errors: number, misses: number): Score {
  const precision = hits + errors === 0 ? 0 : hits / (hits + errors);
  const recall = hits + misses === 0 ? 0 : hits / (hits + misses);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { hits, errors, misses, precision, recall, f1 };
}
