// triples.csv: one row per relation (and per evidence span) for spreadsheets. Cells are quoted,
// and a cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading quote.

import type { Extraction } from '../types.ts';

export function csvCell(v: string | number): string {
  // Control characters (other than line breaks) are noise from the source, and some break importers.
  // eslint-disable-next-line no-control-regex
  let s = String(v).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== String(v) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function extractionToCsv(x: Extraction): string {
  const names = new Map(x.entities.map((e) => [e.id, e.name] as const));
  const rows: string[] = ['source,source_name,type,target,target_name,confidence,evidence,document,start,end'];
  for (const r of x.relations) {
    for (const ev of r.evidence) {
      rows.push(
        [r.source, names.get(r.source) ?? '', r.type, r.target, names.get(r.target) ?? '', r.confidence, ev.text.replace(/\s+/g, ' '), ev.doc, ev.start, ev.end]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}
