// Name matching, in one place for the within-document resolution, the cross-document merge and
// the hygiene report: a short form ("Putin", "Xi") names the one full name it ends with or starts
// with; two spellings of one transliterated name ("Zelensky", "Zelenskiy", "Alexei", "Alexey") are
// one name; an acronym ("KDPI") is the initials of a long form. Full names are indexed by their
// first and last words, so a lookup never scans every known name.

import { words } from './words.ts';

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

  /** Full names of three words or more by their inner words ("Vega" of "Julio Cesar Vega Rojas"). */
  private readonly byInner = new Map<string, T[]>();
  /** Full names by each one-letter deletion of their surname, so that a misspelt surname finds them. */
  private readonly bySurnameDeletion = new Map<string, { surname: string; value: T }[]>();

  add(words: readonly string[], value: T): void {
    const item = { words, value };
    const last = words[words.length - 1]!;
    if (words.length > 1 && !this.byLast.get(last)?.some((x) => x.value === value)) {
      const surname = last.toLowerCase();
      for (const k of deletions(surname)) push(this.bySurnameDeletion, k, { surname, value });
    }
    push(this.byLast, last, item);
    push(this.byFirst, words[0]!, item);
    for (let i = 1; i < words.length - 1; i++) if (!this.byInner.get(words[i]!)?.includes(value)) push(this.byInner, words[i]!, value);
  }

  /**
   * The one value whose full name has this word inside, neither first nor last: a Spanish name's
   * first surname ("Vega" of "Julio Cesar Vega Rojas"), a surname before a generation ("White" of
   * "Curtis Lee White II"); undefined when none or several have it.
   */
  uniqueInner(word: string): T | undefined {
    const list = this.byInner.get(word);
    return list?.length === 1 ? list[0] : undefined;
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

  /**
   * The first value added whose full name ends with this one word and that `fits` accepts, or
   * undefined: within one text, a surname that several full names share ("Yeltsin": Boris, then
   * Naina) is the first one's, the person a story introduces first and names by surname after.
   */
  firstWithSurname(word: string, fits: (value: T) => boolean): T | undefined {
    return (this.byLast.get(word) ?? []).find((item) => item.words.length > 1 && fits(item.value))?.value;
  }

  /**
   * The one value whose full name's surname is this word misspelt by one letter ("Detroux" of
   * "Marc Dutroux", "Yastrezhembsky" of "Sergei Yastrzhembsky"): five letters or more, the same
   * first letter; undefined when none or several fit.
   */
  uniqueMisspeltSurname(word: string): T | undefined {
    const w = word.toLowerCase();
    if (w.length < 5) return undefined;
    const fits = new Set<T>();
    // Surnames that share a one-letter deletion with the word are at most two edits from it: checked.
    for (const k of deletions(w)) {
      for (const { surname, value } of this.bySurnameDeletion.get(k) ?? []) {
        if (surname !== w && surname[0] === w[0] && surname.length >= 5 && editDistance(surname, w) <= 1) fits.add(value);
      }
    }
    return fits.size === 1 ? [...fits][0] : undefined;
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
 * Two spellings of one transliterated name: every word alike once doubled letters, -iy/-y and
 * -ey/-ei are set aside ("Volodymyr Zelensky" / "Zelenskiy", "Alexei" / "Alexey Navalny"), or the
 * same words but the surname, and surnames of five letters or more one edit apart past the first
 * letter ("Khaled Meshaal" / "Mashaal").
 */
export function spellingVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2 || sameWords(a, b)) return false;
  const pa = a.map(phoneticWord);
  const pb = b.map(phoneticWord);
  for (let i = 0; i < a.length - 1; i++) if (pa[i] !== pb[i]) return false;
  if (pa[a.length - 1] === pb[b.length - 1]) return true;
  const la = a[a.length - 1]!.toLowerCase();
  const lb = b[b.length - 1]!.toLowerCase();
  return oneEditApart(la, lb, 5);
}

const VOWEL = /^[aeiouy]/;
const sameOnset = (a: string, b: string) => a[0] === b[0] || (VOWEL.test(a) && VOWEL.test(b));

/**
 * One letter added, dropped or changed past the first: transliterations vary inside a name
 * ("Meshaal" / "Mashaal"), while another first letter makes another name ("Perry" / "Kerry"); a first
 * vowel varies too ("Usama" / "Osama", "el-Bashir" / "al-Bashir").
 */
function oneEditApart(a: string, b: string, min: number): boolean {
  return Math.min(a.length, b.length) >= min && Math.abs(a.length - b.length) <= 1 && sameOnset(a, b) && editDistance(a, b) <= 1;
}

/** Every form of a word with one letter removed, and the word itself. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
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
 * but one, which is one letter apart past its first (first names of four letters or more, surnames of five).
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
  return oneEditApart(x.toLowerCase(), y.toLowerCase(), diff === a.length - 1 ? 5 : 4);
}

/**
 * A pure function of a string, memoized: the cross-document rules ask for the same names pass
 * after pass. The cache is emptied when it reaches `max` entries, so it stays bounded.
 */
function memo<T>(f: (s: string) => T, max = 200_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** A name compared loosely: accents, case, periods, apostrophes and a leading "the" ignored, other punctuation as spaces. */
export const foldName = memo(fold);

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * One word of a transliterated name in a form its spellings share: doubled letters as one
 * ("Zelenskyy", "Mashaal"), a final -iy as -y ("Zelenskiy"), a final -ey as -ei ("Alexey"), ks
 * as x ("Aleksander").
 */
export const phoneticWord = memo(phoneticOf);

function phoneticOf(word: string): string {
  return foldName(word).replace(/ks/g, 'x').replace(/(\p{L})\1+/gu, '$1').replace(/iy$/, 'y').replace(/ey$/, 'ei');
}

/**
 * Words that stand before a name without being part of it ("Mr Smith", "Cardinal Bernardin",
 * "Gen. Lebed"): forms of address, ranks and religious titles. Offices ("President") are not
 * here: the tagger leaves them out of names already.
 */
const HONORIFICS = new Set([...words('honorifics')].map((w) => w.replace(/\.$/, '')));

/** A person's name as words, without leading honorifics ("Mr Smith" → ["Smith"]); the name itself when it is only honorifics. */
export const personWords: (name: string) => readonly string[] = memo(wordsOfPerson);

function wordsOfPerson(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words.slice(i);
}

/** Lower-case words that an acronym skips ("Kurdistan Democratic Party of Iran" → KDPI). */
const ACRONYM_SKIPS = words('acronym_skips');

/** The acronym a name is ("KDPI", "U.N.", "NATO"), letters only and upper case, or undefined when the name is not one. */
export function acronymOf(name: string): string | undefined {
  const s = name.replace(/\./g, '');
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(s) ? s.replace(/&/g, '') : undefined;
}

/**
 * The initials of a long form of two words or more, in upper case ("Kurdistan Democratic Party of
 * Iran" → "KDPI"; a hyphenated word gives one letter per part), or undefined when a word is not
 * capitalized (then the name is not a proper long form).
 */
export function initialsOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase()));
  if (words.length < 2) return undefined;
  let out = '';
  for (const w of words) {
    for (const part of w.split('-')) {
      if (!/^\p{Lu}/u.test(part)) return undefined;
      out += part[0]!;
    }
  }
  return out.normalize('NFKD').replace(/\p{M}+/gu, '').toUpperCase();
}
