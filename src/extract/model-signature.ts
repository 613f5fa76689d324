// What a trained model depends on besides its weights: the version of its feature templates and
// the lexicon data its features read. Models store this signature; loading a model whose signature
// differs from the code's is an error that says to retrain, so that editing features or a lexicon
// without retraining cannot degrade results silently.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { TYPING_ONLY_TABLES } from './lexicon/index.ts';
import { WORDS_URL } from './words.ts';

/** Bump when tagger/features.ts changes what it computes. */
export const TAGGER_FEATURES_VERSION = 1;
/** Bump when relations/candidates.ts, relations/model-features.ts or relations/event-clause-features.ts change what they compute. */
export const RELATION_MODEL_VERSION = 9;

const LEXICON_DIR = new URL('./lexicon/', import.meta.url);
const require = createRequire(import.meta.url);

const lexiconHashes = new Map<boolean, string>();
/**
 * Hash of the gazetteer's data: the lexicon tables and the versions of the country and city
 * packages; for the tagger, without the tables its features do not read.
 */
function gazetteerData(forTagger = false): string {
  const known = lexiconHashes.get(forTagger);
  if (known) return known;
  const h = createHash('sha256');
  const tables = readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.tsv') && !(forTagger && TYPING_ONLY_TABLES.includes(f)));
  for (const f of tables.sort()) h.update(f).update(readFileSync(new URL(f, LEXICON_DIR)));
  for (const pkg of ['world-countries', 'city-timezones']) h.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  const hex = h.digest('hex');
  lexiconHashes.set(forTagger, hex);
  return hex;
}

export function taggerSignature(): string {
  return `tagger-features-v${TAGGER_FEATURES_VERSION} lexicon-${gazetteerData(true).slice(0, 16)}`;
}

/** The relation model reads word classes too: the whole words.txt is part of its signature. */
export function relationModelSignature(): string {
  const w = createHash('sha256').update(readFileSync(WORDS_URL)).digest('hex');
  return `relation-model-v${RELATION_MODEL_VERSION} lexicon-${gazetteerData().slice(0, 16)} words-${w.slice(0, 8)}`;
}
