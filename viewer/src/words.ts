// Readable names for the fields and values the extraction writes, so that the panel never shows
// internal names ("dateText", "basis learned").

const FIELDS: Record<string, string> = {
  dateText: 'date as written',
  date: 'date',
  kind: 'kind',
  level: 'level',
  venue: 'venue',
  status: 'status',
  basis: 'found by',
  claimedBy: 'according to',
  cue: 'cue word',
  role: 'role',
  position: 'position',
  country: 'country',
  confidence: 'confidence',
};

const VALUES: Record<string, Record<string, string>> = {
  basis: { learned: 'the learned classifier', lexicon: 'curated knowledge', dateline: 'the dateline' },
};

export function fieldName(key: string): string {
  return FIELDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

export function fieldValue(key: string, value: unknown): string {
  if (typeof value === 'string') return VALUES[key]?.[value] ?? value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return JSON.stringify(value);
}

export const typeName = (type: string) => type.replace(/_/g, ' ');
