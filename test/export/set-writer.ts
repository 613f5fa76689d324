// Child process of the kill -9 test: writes output sets into DIR, generation after generation,
// until it is killed. Every file of generation k is "gen k" followed by a fixed-length body.
import { writeOutputSet } from '../../src/export/atomic.ts';

export const NAMES = ['graph.json', 'graph.gexf', 'graph.graphml', 'triples.csv', 'extraction.json'];
export const BODY = 300_000;

function* content(k: number, name: string): Generator<string> {
  yield `gen ${String(k).padStart(6, '0')} ${name}\n`;
  for (let i = 0; i < BODY / 1000; i++) yield 'x'.repeat(999) + '\n';
}

if (process.argv[2]) {
  const dir = process.argv[2];
  for (let k = 0; ; k++) {
    await writeOutputSet(dir, Object.fromEntries(NAMES.map((n) => [n, content(k, n)])));
    if (k === 0) process.stdout.write('ready\n');
  }
}
