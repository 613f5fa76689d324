// A person's surname written alone later in the story ("Al-Hashimi" for "Asad Kamal al-Hashimi",
// "Sarkozy") is the person, though the tagger typed the lone word as a body or a place: 2000s copy
// is full of names the 1996 tagger never saw.

import type { Mention, Token } from './doc.ts';
import { isCommonWord } from './tagger/index.ts';
import { words } from './words.ts';

const PARTY_NAMES = words('party_names');

/** The mention is one written word: its tokens touch ("Al-Hashimi" is three tokens). */
function oneWord(tokens: readonly Token[], m: Mention): boolean {
  for (let k = m.start + 1; k < m.end; k++) if (tokens[k]!.start !== tokens[k - 1]!.end) return false;
  return true;
}

/** The words as written but for the case of their first letters: "Al-Hashimi" is "al-Hashimi", not "AL-HASHIMI" nor "Al-hashimi". */
const key = (tokens: readonly Token[], start: number, end: number) =>
  tokens
    .slice(start, end)
    .map((t) => t.text.charAt(0).toLowerCase() + t.text.slice(1))
    .join(' ');

/**
 * Organization and place mentions of one word, not in the lexicon, not in capitals, no common
 * word and no party's name ("Democrats"), that end a longer person's name of the document become persons; not a place
 * with a comma after it ("near Turner, Arkansas" beside "Rev. Jerome Turner").
 */
export function surnamesAsPersons(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const candidates = mentions.filter(
    (m) =>
      (m.type === 'organization' || m.type === 'place') &&
      !m.entry &&
      !m.title &&
      !m.governs &&
      !m.anchor &&
      oneWord(tokens, m) &&
      /^\p{Lu}\p{Ll}/u.test(tokens[m.start]!.text) &&
      !/^\p{Lu}+$/u.test(tokens[m.end - 1]!.text) &&
      !isCommonWord(tokens[m.end - 1]!.lower) &&
      !PARTY_NAMES.has(tokens[m.end - 1]!.lower) &&
      !(m.type === 'place' && tokens[m.end]?.norm === ','),
  );
  if (candidates.length === 0) return [...mentions];
  const persons = mentions.filter((m) => m.type === 'person' && m.via !== 'pronoun' && m.via !== 'described');
  const surname = (m: Mention) => {
    const n = m.end - m.start;
    const k = key(tokens, m.start, m.end);
    // Besides the surname, the person's name has a word of its own before it.
    return persons.some((p) => p.end - p.start > n && !oneWord(tokens, p) && key(tokens, p.end - n, p.end) === k);
  };
  const retyped = new Set(candidates.filter(surname));
  if (retyped.size === 0) return [...mentions];
  return mentions.map((m) => (retyped.has(m) ? { start: m.start, end: m.end, type: 'person', via: 'tagged' } : m));
}
