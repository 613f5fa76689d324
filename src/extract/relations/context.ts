// Shared view of one resolved document for the relation rules: which entity each token belongs
// to, and small helpers to look left and right of a token within its sentence.

import type { Attributes, RelationType } from '../../types.ts';
import type { DocEntity, Resolved } from '../resolve.ts';
import type { TextAnalysis, Token } from '../text.ts';
import type { Mention } from '../mentions.ts';

export interface RelationDraft {
  type: RelationType;
  source: DocEntity;
  target: DocEntity;
  /** Sentence index of the evidence. */
  sent: number;
  confidence: number;
  attributes?: Attributes;
  /** For holds_position: the canonical post ("foreign minister" for "foreign secretary"), to match "the foreign minister". */
  canonical?: string;
}

export interface MentionRef {
  mention: Mention;
  entity: DocEntity;
}

export class DocContext {
  readonly tokens: Token[];
  /** Mention covering each token, if any. */
  readonly at: (MentionRef | undefined)[];
  /** Meeting entity whose mention covers each token, if any. */
  readonly meetingAt: (DocEntity | undefined)[];
  readonly refs: MentionRef[];
  private readonly bySentence = new Map<number, MentionRef[]>();

  constructor(readonly a: TextAnalysis, readonly resolved: Resolved) {
    this.tokens = a.tokens;
    this.at = new Array(a.tokens.length);
    this.meetingAt = new Array(a.tokens.length);
    this.refs = resolved.mentions;
    for (const r of resolved.mentions) {
      for (let k = r.mention.start; k < r.mention.end; k++) this.at[k] = r;
      const sent = a.tokens[r.mention.start]!.sent;
      const list = this.bySentence.get(sent);
      if (list) list.push(r);
      else this.bySentence.set(sent, [r]);
    }
    for (const e of resolved.entities) {
      if (e.type !== 'meeting') continue;
      for (const s of e.spans) for (let k = s.start; k < s.end; k++) this.meetingAt[k] = e;
    }
  }

  sentOf(i: number): number {
    return this.tokens[i]!.sent;
  }
  sentRange(sent: number): [number, number] {
    const s = this.a.sentences[sent]!;
    return [s.tokenStart, s.tokenEnd];
  }
  /** Mentions of a sentence in order. */
  mentionsIn(sent: number): MentionRef[] {
    return this.bySentence.get(sent) ?? [];
  }
  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }
  /** False once a later rule gave the mention's span to another entity (a capital acting as its state). */
  live(r: MentionRef): boolean {
    return r.entity.spans.some((s) => s.start === r.mention.start && s.end === r.mention.end);
  }
  /** The mention ending right before token i (skipping a possessive "'s"). */
  mentionEndingAt(i: number): MentionRef | undefined {
    let k = i - 1;
    if (k >= 0 && (this.lower(k) === "'s" || this.lower(k) === "'")) k--;
    return k >= 0 ? this.at[k] : undefined;
  }
}
