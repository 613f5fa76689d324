// A common word that opens a sentence is capitalized only for that: "Barter deals were worth…",
// "Street children held prayers". The tagger, which sees a capitalized word it does not know,
// may call it a person; the article itself says otherwise when it writes the word in lower case
// elsewhere and never capitalized inside a sentence.

import type { Sentence, TaggedSpan, Token } from './doc.ts';

/** The first word of each sentence, past its opening quotes, brackets or dashes, as token indices. */
function firstWords(tokens: readonly Token[], sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    let k = s.tokenStart;
    while (k < s.tokenEnd && /^[\p{P}\p{S}]+$/u.test(tokens[k]!.text)) k++;
    if (k < s.tokenEnd) out.add(k);
  }
  return out;
}

/**
 * A predicate on the tagger's spans: true for a one-word person opening a sentence whose word the
 * article writes in lower case elsewhere and never capitalized inside a sentence ("Said" of
 * "Edward Said" stays: the name is capitalized inside one).
 */
export function commonWordOpeners(tokens: readonly Token[], sentences: readonly Sentence[]): (sp: TaggedSpan) => boolean {
  const first = firstWords(tokens, sentences);
  // The article's casing of each word, read once and only when a one-word person opens a sentence.
  let casing: { lower: Set<string>; capitalizedInside: Set<string> } | null = null;
  const read = () => {
    const lower = new Set<string>();
    const capitalizedInside = new Set<string>();
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (/^\p{Ll}/u.test(t.text)) lower.add(t.lower);
      else if (!first.has(k) && /^\p{Lu}/u.test(t.text)) capitalizedInside.add(t.lower);
    }
    return { lower, capitalizedInside };
  };
  return (sp) => {
    if (sp.type !== 'PER' || sp.end - sp.start !== 1 || !first.has(sp.start)) return false;
    const t = tokens[sp.start]!;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
    casing ??= read();
    return casing.lower.has(t.lower) && !casing.capitalizedInside.has(t.lower);
  };
}
