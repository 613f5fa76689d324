// Reference copy (the World Factbook's country notes, quoted in modern news corpora) writes a
// person's surname in capitals after the given name: "Fidel CASTRO", "Janos KADAR". The tagger,
// trained on 1996 wire copy, reads the capitals as an acronym and types the name a body's.

import type { TaggedSpan, Token } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { isCommonWord } from './tagger/index.ts';
import { wordsOf } from './words.ts';

const PEOPLE = wordsOf('people_words', 'nationality_words');
const LEGAL_FORMS = wordsOf('legal_forms');
const HONORIFICS = wordsOf('honorifics');
const GIVEN = /^\p{Lu}\p{Ll}+$/u;
const CAPS = /^\p{Lu}{2,}$/u;
/** A common word, but for a form of address ("Captain COOK"). */
const common = (w: string) => isCommonWord(w) && !HONORIFICS.has(w);

/**
 * An organization or place span of one or two capitalized given names and then words in capitals
 * (a hyphen may join two) is a person's. At least one word in capitals must be a surname's: four
 * letters or more, no common word ("Marion TRUE" is lost, "Fight AIDS" stays) and no name of the
 * lexicon ("Sony BMG", "Catholic IRA", "Kenyan KANU" stay bodies). A given name that is a people's
 * word, a common word or a lexicon name ("Communist GDR", "Tajik SSR", "to Fight AIDS") keeps the
 * span a body's (a form of address does not: "Captain COOK"), and so does a
 * legal form after it ("Acme HOLDINGS Ltd").
 */
export function capsSurnamesAsPersons(spans: readonly TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  return spans.map((sp) => (sp.type !== 'PER' && sp.type !== 'MISC' && capsSurname(tokens, sp.start, sp.end) ? { ...sp, type: 'PER' } : sp));
}

function capsSurname(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start;
  while (k < end && k - start < 2 && GIVEN.test(tokens[k]!.text)) k++;
  if (k === start || k === end || !CAPS.test(tokens[k]!.text)) return false;
  const span = tokens.slice(start, end);
  if (span.slice(k - start).some((t) => !CAPS.test(t.text) && t.text !== '-')) return false;
  if (LEGAL_FORMS.has(tokens[end]?.lower.replace(/\.$/, '') ?? '')) return false;
  const lower = span.map((t) => t.lower);
  const raw = span.map((t) => t.text);
  const g = gazetteer();
  for (let i = 0; i < k - start; i++) if (PEOPLE.has(lower[i]!) || common(lower[i]!) || g.match(lower, raw, i, true, i + 1)) return false;
  let surname = false;
  for (let i = k - start; i < span.length; i++) {
    if (raw[i] === '-') continue;
    if (g.match(lower, raw, i, true, i + 1)) return false;
    if (raw[i]!.length >= 4 && !common(lower[i]!)) surname = true;
  }
  return surname;
}
