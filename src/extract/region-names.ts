// A name written right before a lower-case noun of a state's part ("Khost province", "the Mansour
// district") is a place's name: the tagger, trained on 1996 copy, takes many provinces and
// districts of 2000s news for persons or bodies. So is a body's name that ends in the noun
// capitalized ("Abyan Province", "the Howlwadaag District").

import type { Mention, Token } from './doc.ts';
import { isSportsReport } from './mention-types.ts';
import { wordsOf } from './words.ts';

const REGION_HEADS = wordsOf('lower_region_heads');
const BODY_WORDS = wordsOf('generic_body_words', 'body_heads');

/**
 * Person and organization mentions followed in their sentence by a lower-case region noun become
 * places, and so do organization mentions of two words or more whose last word is the noun
 * (outside sports results). A titled name, a government named after its leader, a lexicon entry or a name holding a
 * body word ("the Health Department of Guangdong province") keeps its type.
 */
export function regionsByLowerHead(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  let out: Mention[] | null = null;
  // In sports results "Notts County", "Western Province" are teams.
  const sports = isSportsReport(tokens);
  for (const [i, m] of mentions.entries()) {
    if (m.type !== 'person' && m.type !== 'organization') continue;
    const next = tokens[m.end];
    const last = tokens[m.end - 1]!;
    const before = next !== undefined && next.sent === tokens[m.start]!.sent && REGION_HEADS.has(next.text);
    const ends = !sports && m.type === 'organization' && m.end - m.start > 1 && last.text !== last.lower && REGION_HEADS.has(last.lower);
    if (!before && !ends) continue;
    if (m.title || m.governs || m.anchor || m.entry || m.via === 'described' || m.via === 'pronoun') continue;
    if (tokens.slice(m.start, m.end).some((t) => BODY_WORDS.has(t.lower))) continue;
    (out ??= [...mentions])[i] = { start: m.start, end: m.end, type: 'place', via: 'tagged' };
  }
  return out ?? [...mentions];
}
