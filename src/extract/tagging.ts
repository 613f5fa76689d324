// Tagger stage: the learned mention tagger (tagger/, a perceptron trained on CoNLL-2003) run over
// each sentence, giving raw PER/LOC/ORG/MISC spans. The mentions stage types and corrects them.

import type { Component, TaggedSpan } from './doc.ts';
import { decode, spansOf, tagger } from './tagger/index.ts';
import { titlesBySentence } from './titles.ts';

export const taggerComponent: Component = {
  name: 'tagger',
  requires: ['tokens', 'sentences'],
  assigns: ['tagged'],
  defaults: {},
  run(doc) {
    const T = tagger();
    const tagged: TaggedSpan[] = [];
    // The titles are a feature: found once for the document (the titles stage did), not per sentence.
    const titles = titlesBySentence(doc.tokens, doc.sentences);
    doc.sentences.forEach((s, i) => tagged.push(...spansOf(decode(T, doc.tokens.slice(s.tokenStart, s.tokenEnd), titles[i]), s.tokenStart)));
    return { tagged };
  },
};
