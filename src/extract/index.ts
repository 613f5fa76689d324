// The extractor's public API: `extractOne` runs the pipeline (pipeline.ts) over one document and
// returns its Extraction; `mergeExtractions` joins per-document extractions (merge.ts); `extract`
// does both for a batch. Pure: no I/O, no clock, no randomness.

import type { Extraction, InputDocument } from '../types.ts';
import type { Doc } from './doc.ts';
import { finalize, mergeExtractions } from './merge.ts';
import { documentInfo, docOutput } from './output.ts';
import { preparePipeline, runPipeline, type PipelineOptions, type Prepared } from './pipeline.ts';

export { mergeExtractions, type MergeOptions } from './merge.ts';
export { PIPELINE, type PipelineOptions } from './pipeline.ts';

export interface ExtractOptions extends PipelineOptions {
  /**
   * Called when one document cannot be extracted; that document is then left out and the others
   * are processed. Without it, the error is thrown.
   */
  onError?: (doc: InputDocument, error: Error) => void;
}

/** Runs every component on one document and returns the finished Doc (for inspection and tests). */
export function extractDocument(input: InputDocument, options: PipelineOptions | Prepared = {}): Doc {
  return runPipeline(input, 'steps' in options ? options : preparePipeline(options));
}

/**
 * One document's extraction, on its own: the unit that workers compute, the cache stores and
 * `mergeExtractions` combines. Throws when the document cannot be extracted.
 */
export function extractOne(input: InputDocument, options: PipelineOptions | Prepared = {}): Extraction {
  const doc = extractDocument(input, options);
  const { entities, relations } = docOutput(doc);
  return finalize([documentInfo(doc)], entities, relations, false);
}

/** Extracts entities and relations from documents, merged across documents. */
export function extract(docs: readonly InputDocument[], options: ExtractOptions = {}): Extraction {
  const prepared = preparePipeline(options);
  const parts: Extraction[] = [];
  for (const doc of docs) {
    try {
      parts.push(extractOne(doc, prepared));
    } catch (err) {
      if (!options.onError) throw err;
      options.onError(doc, err as Error);
    }
  }
  return mergeExtractions(parts);
}
