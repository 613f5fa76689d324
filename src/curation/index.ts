// Curation: the analyst's decisions (curation.json) read, validated and applied to an Extraction
// before the graph is built (`newsgraph build --curation FILE`).

import { readFileSync } from 'node:fs';
import type { Extraction } from '../types.ts';
import { applyCuration, type CurationResult } from './apply.ts';
import { parseCuration } from './validate.ts';

export { applyCuration, type CurationResult, type SkippedDecision } from './apply.ts';
export { CURATION_VERSION, curationToJson, LIMITS, parseCuration, validateCuration, type Curation, type Decision } from './validate.ts';

/** Reads FILE and applies it; an unreadable or invalid file throws an Error naming FILE and the reason. */
export function applyCurationFile(file: string, x: Extraction): CurationResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read the curation file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return applyCuration(x, parseCuration(text));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
}
