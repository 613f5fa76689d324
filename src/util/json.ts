// Deterministic JSON: object keys sorted, so that the same data gives byte-identical files.

export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortDeep(value), null, indent);
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortDeep(x);
    }
    return out;
  }
  return v;
}
