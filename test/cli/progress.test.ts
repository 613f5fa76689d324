// Progress on stderr: a redrawn line on a terminal, periodic plain lines in a log, silence with
// --quiet, and the stage times for the summary.
import { describe, expect, it } from 'vitest';
import { clock, Progress, stageSummary } from '../../src/cli/progress.ts';

function harness(isTTY: boolean, quiet = false) {
  let now = 0;
  const out: string[] = [];
  const p = new Progress('build', { write: (s) => out.push(s), isTTY, columns: 100 }, { quiet, interval: 5000, redraw: 100, now: () => now });
  return { p, out, tick: (ms: number) => (now += ms) };
}

describe('progress', () => {
  it('on a terminal: one line redrawn in place with a bar, tokens/s and ETA; cleared at the end', () => {
    const { p, out, tick } = harness(true);
    p.stage('extract');
    tick(1000);
    p.documents(25, 100, 50_000, 0);
    const line = out[out.length - 1]!;
    expect(line.startsWith('\r')).toBe(true);
    expect(line).toContain('[####............] 25/100 docs (25%)');
    expect(line).toContain('50,000 tok/s');
    expect(line.replace(/\r|\x1b\[K/g, '').length).toBeLessThan(80);
    expect(line).toContain('ETA 0:03');
    const n = out.length;
    tick(10);
    p.documents(26, 100, 52_000, 0);
    expect(out.length).toBe(n);
    p.stage('layout');
    expect(out[out.length - 1]).toContain('layout…');
    p.print('newsgraph build: skipped x.txt: empty document\n');
    expect(out.slice(-2)).toEqual(['\r\x1b[K', 'newsgraph build: skipped x.txt: empty document\n']);
    tick(500);
    const { stages } = p.finish();
    expect(stages.map(([s]) => s)).toEqual(['extract', 'layout']);
    expect(stages[1]![1]).toBe(500);
  });

  it('in a log: nothing for a short run, then a plain line every interval', () => {
    const { p, out, tick } = harness(false);
    p.stage('extract');
    tick(1000);
    p.documents(10, 100, 1000, 0);
    expect(out).toEqual([]);
    tick(5000);
    p.documents(60, 100, 9000, 20);
    expect(out).toEqual(['newsgraph build: extract 60/100 documents (60%), 20 cached, 1,500 tokens/s, ETA 0:06\n']);
    tick(1000);
    p.documents(61, 100, 9100, 20);
    expect(out).toHaveLength(1);
    p.stage('layout');
    expect(out[1]).toBe('newsgraph build: layout…\n');
    expect(out.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('--quiet prints nothing but still times the stages', () => {
    const { p, out, tick } = harness(true, true);
    p.stage('extract');
    tick(9000);
    p.documents(1, 2, 10, 0);
    p.stage('export');
    tick(20);
    p.note('extract', '2 extracted');
    expect(p.finish().stages).toEqual([['extract', 9000, '2 extracted'], ['export', 20]]);
    expect(out).toEqual([]);
  });

  it('formats times', () => {
    expect(clock(75)).toBe('1:15');
    expect(clock(3700)).toBe('1:01:40');
    expect(stageSummary([['extract', 8123, '10 extracted, 2 jobs'], ['layout', 12_345]])).toBe('extract (10 extracted, 2 jobs) 8.12 s, layout 12.3 s');
  });
});
