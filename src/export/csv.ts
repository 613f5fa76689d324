// triples.csv: one row per relation (and per evidence span) for spreadsheets, written row by row.
// Cells are quoted, and a cell that a spreadsheet would run as a formula gets a leading quote.

import type { Extraction } from '../types.ts';

// A formula starts with = + - @ (or their fullwidth forms, which some spreadsheets fold), possibly
// after spaces and invisible characters that a spreadsheet skips; a leading tab or CR also counts.
const FORMULA = /^(?:[\t\r]|[\s\u200b-\u200d\u2060\u180e]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function csvCell(v: string | number): string {
  // Control characters (other than line breaks) are noise from the source, and some break importers.
  let s = String(v).replace(CONTROL, '');
  if (typeof v === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== String(v) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = 'source,source_name,type,target,target_name,confidence,evidence,document,start,end';

export function* csvChunks(x: Extraction): Generator<string> {
  const names = new Map(x.entities.map((e) => [e.id, e.name] as const));
  yield CSV_HEADER + '\r\n';
  for (const r of x.relations) {
    for (const ev of r.evidence) {
      const row = [r.source, names.get(r.source) ?? '', r.type, r.target, names.get(r.target) ?? '', r.confidence, ev.text.replace(/\s+/g, ' '), ev.doc, ev.start, ev.end];
      yield row.map(csvCell).join(',') + '\r\n';
    }
  }
}
