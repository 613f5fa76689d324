// Tagger stage: the learned mention tagger (tagger/, a perceptron trained on CoNLL-2003) run over
// each sentence, giving raw PER/LOC/ORG/MISC spans. The mentions stage types and corrects them.

import type { Component, TaggedSpan } from './doc.ts';
import { decode, spansOf, tagger } from './tagger/index.ts';

export const taggerComponent: Component = {
  name: 'tagger',
  requires: ['tokens', 'sentences'],
  assigns: ['tagged'],
  defaults: {},
  run(doc) {
    const T = tagger();
    const tagged: TaggedSpan[] = [];
    for (const s of doc.sentences) tagged.push(...spansOf(decode(T, doc.tokens.slice(s.tokenStart, s.tokenEnd)), s.tokenStart));
    return { tagged };
  },
};
