// Names written family name first ("Wang Yi" is Mr Wang, "Nguyen Phu Trong" Mr Nguyen): the
// short form of a person tied to a state that writes names so, when the first word is one of its
// common family names (lexicon/family-names.txt). The text's own short form wins over this.

import { readFileSync } from 'node:fs';
import type { DocEntity } from './doc.ts';

/** States (cca2) whose names put the family name first. */
const FAMILY_FIRST_STATES = new Set(['CN', 'TW', 'HK', 'MO', 'SG', 'KR', 'KP', 'VN']);

let families: ReadonlySet<string> | undefined;
function familyNames(): ReadonlySet<string> {
  families ??= new Set(
    readFileSync(new URL('./lexicon/family-names.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
  return families;
}

/** The family name of `name` when it comes first: a common family name of a state among `states` (the person's), in a name of two or three words. */
export function familyNameFirst(name: string, states: Iterable<DocEntity>): string | undefined {
  const parts = name.split(' ');
  if (parts.length < 2 || parts.length > 3 || !familyNames().has(parts[0]!.toLowerCase())) return undefined;
  for (const s of states) if (s.type === 'state' && FAMILY_FIRST_STATES.has(s.entry?.country ?? '')) return parts[0];
  return undefined;
}
