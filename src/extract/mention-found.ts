// The mentions found so far while a text is read, and what each of its tokens already belongs to
// (a name, a title, a MISC name): the state the passes of the mention stage share.

import type { Mention, TaggedSpan, TitleSpan, Token } from './doc.ts';

/** What a token already belongs to while mentions are found. */
export const TOKEN_NAME = 1;
export const TOKEN_TITLE = 2;
export const TOKEN_MISC = 3;

export const isCap = (t: Token) => /^[\p{Lu}]/u.test(t.text) && /\p{L}/u.test(t.text);

/** The mentions found so far and what each token already belongs to (a name, a title, a MISC name). */
export class Found {
  readonly mentions: Mention[] = [];
  readonly taken: Uint8Array;
  readonly lower: string[];
  readonly raw: string[];
  readonly titleAt = new Map<number, TitleSpan>();
  /**
   * Words of the names of several words the tagger calls persons, each with those names: "Jordan"
   * is no place in a text that names "Michael Jordan".
   */
  private readonly personWords = new Map<string, Set<string>>();
  /** Names of storms met so far ("Katrina" after "Hurricane Katrina"): no person's names. */
  readonly storms = new Set<string>();
  /** A sports story ("SOCCER - ..."), where "Chicago" is a team as often as a city. */
  sportsReport = false;
  constructor(readonly tokens: readonly Token[], titles: readonly TitleSpan[], tagged: readonly TaggedSpan[]) {
    this.taken = new Uint8Array(tokens.length);
    this.lower = tokens.map((t) => t.lower);
    this.raw = tokens.map((t) => t.norm);
    for (const t of titles) {
      this.titleAt.set(t.end, t);
      for (let k = t.start; k < t.end; k++) this.taken[k] = TOKEN_TITLE;
    }
    // A span that holds a title is cut at it (splitSpans): "Wisconsin Gov" names no person "Wisconsin".
    for (const sp of tagged) {
      if (sp.type !== 'PER' || sp.end - sp.start < 2) continue;
      let titled = false;
      for (let k = sp.start; k < sp.end; k++) if (this.taken[k] === TOKEN_TITLE) titled = true;
      if (titled) continue;
      const name = this.raw.slice(sp.start, sp.end).join(' ');
      for (let k = sp.start; k < sp.end; k++) {
        const names = this.personWords.get(this.raw[k]!);
        if (names) names.add(name);
        else this.personWords.set(this.raw[k]!, new Set([name]));
      }
    }
  }
  /** A word of a person's name of the text other than the span's own ("Tamil Nadu" tagged as a person does not veto itself). */
  inOtherPersonName(start: number, end: number): boolean {
    const names = this.personWords.get(this.raw[start]!);
    if (!names) return false;
    const own = this.raw.slice(start, end).join(' ');
    for (const n of names) if (n !== own) return true;
    return false;
  }
  push(m: Mention): void {
    this.mentions.push(m);
    for (let k = m.start; k < m.end; k++) this.taken[k] = TOKEN_NAME;
  }
  mark(start: number, end: number, kind: number): void {
    for (let k = start; k < end; k++) this.taken[k] = kind;
  }
}
