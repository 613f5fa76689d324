// Extraction of a batch of documents for the CLI: cached documents are read from the cache, the
// others are extracted by the pool (--jobs) and stored; a document that fails is reported and left
// out. Returns the per-document extractions; `mergeExtractions` joins them in document order.

import type { Extraction, InputDocument } from '../types.ts';
import type { ExtractionCache } from './cache.ts';
import { runPool, type Task } from './pool.ts';
import type { Progress } from './progress.ts';

export interface BatchOptions {
  jobs: number;
  cache: ExtractionCache | null;
  progress: Progress;
  /** Called once per document that could not be extracted. */
  onError: (doc: InputDocument, reason: string) => void;
}

export interface BatchResult {
  parts: Extraction[];
  cached: number;
  extracted: number;
  /** Tokens of the documents extracted in this run (an estimate, see countTokens). */
  tokens: number;
}

/** Words and punctuation marks: close to the tokenizer's count, at a fraction of its cost. */
export function countTokens(text: string): number {
  return text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
}

export async function extractBatch(docs: InputDocument[], options: BatchOptions): Promise<BatchResult> {
  const { cache, progress } = options;
  const parts: (Extraction | undefined)[] = new Array(docs.length);
  const tasks: Task[] = [];
  let cached = 0;
  docs.forEach((doc, i) => {
    const hit = cache?.get(doc) ?? null;
    if (hit) {
      parts[i] = hit;
      cached++;
    } else tasks.push(cache ? { i, doc, cacheFile: cache.file(doc) } : { i, doc });
  });
  let done = cached;
  let tokens = 0;
  progress.documents(done, docs.length, 0, cached);
  await runPool(tasks, options.jobs, (r) => {
    const doc = docs[r.i]!;
    if (r.extraction) parts[r.i] = r.extraction;
    else options.onError(doc, r.error);
    tokens += countTokens(doc.text);
    progress.documents(++done, docs.length, tokens, cached);
  });
  return { parts: parts.filter((p): p is Extraction => p !== undefined), cached, extracted: tasks.length, tokens };
}
