// Word classes of the extraction rules, loaded once from lexicon/words.txt (the one place where
// cue words live). Rules ask for a class by name; an unknown name fails at module load, so a typo
// cannot silently yield an empty class.

import { readFileSync } from 'node:fs';

export const WORDS_URL = new URL('./lexicon/words.txt', import.meta.url);

interface WordClass {
  members: Set<string>;
  values: Map<string, string>;
  description: string;
}

/** The members of one line: comma-separated, a member in double quotes taken as written. */
function members(line: string): { item: string; quoted: boolean }[] {
  const out: { item: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < line.length) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (i >= line.length) break;
    if (line[i] === '"') {
      // The closing quote is the last one before the next comma that ends the member.
      let j = i + 1;
      while (j < line.length && !(line[j] === '"' && /^\s*(,|$)/.test(line.slice(j + 1)))) j++;
      out.push({ item: line.slice(i + 1, j), quoted: true });
      i = line.indexOf(',', j + 1);
    } else {
      const j = line.indexOf(',', i);
      out.push({ item: line.slice(i, j < 0 ? line.length : j).trim(), quoted: false });
      i = j;
    }
    if (i < 0) break;
    i++;
  }
  return out;
}

/** Parses the word-class file format (see the header of lexicon/words.txt). */
export function parseWordClasses(text: string): Map<string, WordClass> {
  const classes = new Map<string, WordClass>();
  let current: WordClass | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const header = /^\[([a-z_]+)\]\s*(.*)$/.exec(line);
    if (header) {
      if (classes.has(header[1]!)) throw new Error(`words.txt:${i + 1}: class "${header[1]}" defined twice`);
      current = { members: new Set(), values: new Map(), description: header[2]! };
      classes.set(header[1]!, current);
      return;
    }
    if (!current) throw new Error(`words.txt:${i + 1}: members before any [class] header`);
    for (const { item, quoted } of members(line)) {
      if (item === '') continue;
      const eq = quoted ? -1 : item.indexOf('=');
      if (eq > 0) {
        current.members.add(item.slice(0, eq));
        current.values.set(item.slice(0, eq), item.slice(eq + 1));
      } else current.members.add(item);
    }
  });
  return classes;
}

let loaded: Map<string, WordClass> | null = null;
function classes(): Map<string, WordClass> {
  return (loaded ??= parseWordClasses(readFileSync(WORDS_URL, 'utf8')));
}

function get(name: string): WordClass {
  const c = classes().get(name);
  if (!c) throw new Error(`words: no word class "${name}" in lexicon/words.txt`);
  used.add(name);
  return c;
}

/** Names asked for so far (a test checks that every class of the file is used). */
export const used = new Set<string>();

/** The members of a class (phrases joined by single spaces). */
export function words(name: string): ReadonlySet<string> {
  return get(name).members;
}

/** A class of word=value pairs as a map. */
export function wordMap(name: string): ReadonlyMap<string, string> {
  return get(name).values;
}

/** The union of several classes. */
export function wordsOf(...names: string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of get(n).members) out.add(w);
  return out;
}

/** Phrases of a class as token lists ("native of" → ["native", "of"]). */
export function phrases(name: string): readonly (readonly string[])[] {
  return [...get(name).members].map((p) => p.split(' '));
}

/** True when the word starts with one of the class's members (stems such as "assassin"). */
export function startsWithAny(stems: ReadonlySet<string>, word: string): boolean {
  for (const s of stems) if (word.startsWith(s)) return true;
  return false;
}

/** Every class name in the file. */
export function classNames(): string[] {
  return [...classes().keys()];
}
