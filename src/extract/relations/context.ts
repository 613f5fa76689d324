// Shared view of one resolved document for the relation rules: which entity each token belongs
// to, and small helpers to look left and right of a token within its sentence. Derived from the
// Doc (its tokens, entities and the links that stand), and rebuilt only when the links change.

import type { Doc, DocEntity, MentionLink, Sentence, TitleSpan, Token } from '../doc.ts';
import { effectiveLinks } from '../doc.ts';

export type { MentionLink as MentionRef, RelationDraft } from '../doc.ts';

export class DocContext {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly text: string;
  readonly titles: readonly TitleSpan[];
  readonly entities: readonly DocEntity[];
  /** Mention covering each token, if any. */
  readonly at: (MentionLink | undefined)[];
  /** Meeting entity whose mention covers each token, if any. */
  readonly meetingAt: (DocEntity | undefined)[];
  /** The links that stand, in text order. */
  readonly refs: MentionLink[];
  /** Titles by their first token and by the token after their last ("Foreign Minister" + name). */
  readonly titleByStart: ReadonlyMap<number, TitleSpan>;
  readonly titleByEnd: ReadonlyMap<number, TitleSpan>;
  private readonly bySentence = new Map<number, MentionLink[]>();

  constructor(doc: Doc) {
    this.tokens = doc.tokens;
    this.sentences = doc.sentences;
    this.text = doc.text;
    this.titles = doc.titles;
    this.titleByStart = new Map(doc.titles.map((t) => [t.start, t] as const));
    this.titleByEnd = new Map(doc.titles.map((t) => [t.end, t] as const));
    this.entities = doc.entities;
    this.at = new Array(doc.tokens.length);
    this.meetingAt = new Array(doc.tokens.length);
    this.refs = effectiveLinks(doc.links).sort((x, y) => x.mention.start - y.mention.start || x.mention.end - y.mention.end);
    for (const r of this.refs) {
      for (let k = r.mention.start; k < r.mention.end; k++) this.at[k] = r;
      const sent = this.tokens[r.mention.start]!.sent;
      const list = this.bySentence.get(sent);
      if (list) list.push(r);
      else this.bySentence.set(sent, [r]);
    }
    for (const e of doc.entities) {
      if (!e.frame) continue;
      for (const s of e.frame.mentions) for (let k = s.start; k < s.end; k++) this.meetingAt[k] = e;
    }
  }

  sentOf(i: number): number {
    return this.tokens[i]!.sent;
  }
  sentRange(sent: number): [number, number] {
    const s = this.sentences[sent]!;
    return [s.tokenStart, s.tokenEnd];
  }
  /** Mentions of a sentence in order. */
  mentionsIn(sent: number): MentionLink[] {
    return this.bySentence.get(sent) ?? [];
  }
  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }
  /** The mention ending right before token i (skipping a possessive "'s"). */
  mentionEndingAt(i: number): MentionLink | undefined {
    let k = i - 1;
    if (k >= 0 && (this.lower(k) === "'s" || this.lower(k) === "'")) k--;
    return k >= 0 ? this.at[k] : undefined;
  }
}

/** Index of the first of `refs` (in order of their start) whose mention starts at or after token i. */
export function firstRefFrom(refs: readonly MentionLink[], i: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.mention.start < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The person named before ", the Kenyan president," or ", who hosted the summit," whose closing comma is at token `comma`. */
export function appositionHead(ctx: DocContext, comma: number, s0: number): MentionLink | undefined {
  for (let k = comma - 1; k > Math.max(s0, comma - 10); k--) {
    if (ctx.lower(k) !== ',') continue;
    const opener = ctx.lower(k + 1);
    if (opener !== 'the' && opener !== 'a' && opener !== 'an' && opener !== 'who') return undefined;
    const r = ctx.at[k - 1];
    return r && r.mention.end === k && r.entity.type === 'person' ? r : undefined;
  }
  return undefined;
}

const contexts = new WeakMap<readonly MentionLink[], WeakMap<readonly DocEntity[], DocContext>>();

/** The context of a document, shared by every component that runs while its links and entities stay the same. */
export function contextOf(doc: Doc): DocContext {
  let inner = contexts.get(doc.links);
  if (!inner) contexts.set(doc.links, (inner = new WeakMap()));
  let ctx = inner.get(doc.entities);
  if (!ctx) inner.set(doc.entities, (ctx = new DocContext(doc)));
  return ctx;
}
