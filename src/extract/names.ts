// Person-name matching, in one place for the within-document resolution and the cross-document
// merge: a short form ("Putin", "Xi") names the one full name it ends with or starts with, and two
// spellings of one transliterated name ("Zelensky", "Zelenskiy") are one name. Full names are
// indexed by their first and last words, so a lookup never scans every known name.

/** True when `short` (one or more words) is the last words of `full`, or its first word. */
export function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  if (short.length === 1 && full[0] === short[0]) return true;
  const offset = full.length - short.length;
  for (let i = 0; i < short.length; i++) if (full[offset + i] !== short[i]) return false;
  return true;
}

/** Full names (two words or more) with a value each, looked up by a short form. */
export class NameIndex<T> {
  private readonly byLast = new Map<string, { words: readonly string[]; value: T }[]>();
  private readonly byFirst = new Map<string, { words: readonly string[]; value: T }[]>();

  add(words: readonly string[], value: T): void {
    const item = { words, value };
    push(this.byLast, words[words.length - 1]!, item);
    push(this.byFirst, words[0]!, item);
  }

  /** Every distinct value whose full name is the given name or fits it as a short form, in the order they were added. */
  matches(short: readonly string[]): T[] {
    const out: T[] = [];
    const seen = new Set<T>();
    const consider = (list: { words: readonly string[]; value: T }[] | undefined) => {
      for (const item of list ?? []) if (!seen.has(item.value) && (sameWords(short, item.words) || isShortFormOf(short, item.words))) {
        seen.add(item.value);
        out.push(item.value);
      }
    };
    consider(this.byLast.get(short[short.length - 1]!));
    if (short.length === 1) consider(this.byFirst.get(short[0]!));
    return out;
  }

  /** The one value the short form fits, or undefined when none or several do (John Smith, Mary Smith). */
  unique(short: readonly string[]): T | undefined {
    const m = this.matches(short);
    return m.length === 1 ? m[0] : undefined;
  }

  /** A full name already known whose last words are these (a longer form of the same name). */
  hasLongerForm(words: readonly string[]): boolean {
    return (this.byLast.get(words[words.length - 1]!) ?? []).some((item) => item.words.length > words.length && isShortFormOf(words, item.words));
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function push<V>(map: Map<string, V[]>, key: string, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/**
 * Two spellings of one transliterated name ("Volodymyr Zelensky", "Volodymyr Zelenskiy"): the
 * same words but the surname, and surnames of five letters or more one edit apart.
 */
export function spellingVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a[0] !== b[0]) return false;
  for (let i = 1; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  const la = a[a.length - 1]!;
  const lb = b[b.length - 1]!;
  return la !== lb && Math.min(la.length, lb.length) >= 5 && Math.abs(la.length - lb.length) <= 1 && editDistance(la.toLowerCase(), lb.toLowerCase()) <= 1;
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/**
 * Two spellings of one name within an article ("Marc Dutroux", "Mark Dutroux"): the same words
 * but one, which is one letter apart (first names of four letters or more, surnames of five).
 */
export function oneWordVariant(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const [x, y] = [a[diff]!, b[diff]!];
  const min = diff === a.length - 1 ? 5 : 4;
  return Math.min(x.length, y.length) >= min && Math.abs(x.length - y.length) <= 1 && editDistance(x.toLowerCase(), y.toLowerCase()) <= 1;
}
