// The worker pool from the sources (workers start through tsx here; the CLI tests run the bundle's).
import { describe, expect, it } from 'vitest';
import { extractOne, mergeExtractions } from '../../src/extract/index.ts';
import { runPool, type Task, type TaskResult } from '../../src/cli/pool.ts';
import { stableStringify } from '../../src/util/json.ts';

const texts = [
  'Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on Monday.',
  'Reuters reported that Chilean President Gabriel Boric visited Lima.',
  'German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron.',
  'Duda said the talks were constructive.',
  'Macron hosted Boric in Paris.',
];
const tasks: Task[] = texts.map((text, i) => ({ i, doc: { id: `doc-${i}`, text } }));

async function collect(jobs: number, list: Task[] = tasks): Promise<TaskResult[]> {
  const out: TaskResult[] = [];
  await runPool(list, jobs, (r) => out.push(r));
  return out.sort((a, b) => a.i - b.i);
}

describe('extraction pool', () => {
  it('two workers give the same extractions as one thread, and the same merge', async () => {
    const one = await collect(1);
    const two = await collect(2);
    expect(two.map((r) => r.i)).toEqual([0, 1, 2, 3, 4]);
    expect(two.map((r) => stableStringify(r.extraction))).toEqual(one.map((r) => stableStringify(r.extraction)));
    expect(stableStringify(mergeExtractions(two.map((r) => r.extraction!)))).toBe(stableStringify(mergeExtractions(texts.map((text, i) => extractOne({ id: `doc-${i}`, text })))));
  });

  it('a document that cannot be extracted is a result with its reason, the others go on', async () => {
    const bad: Task = { i: 5, doc: { id: 'bad', text: null as unknown as string } };
    for (const jobs of [1, 2]) {
      const rs = await collect(jobs, [...tasks, bad]);
      expect(rs).toHaveLength(6);
      expect(rs[5]!.error).toMatch(/\w/);
      expect(rs.slice(0, 5).every((r) => r.extraction !== undefined)).toBe(true);
    }
  });

  it('an error in the result handler stops the pool and is thrown', async () => {
    await expect(runPool(tasks, 2, () => { throw new Error('disk full'); })).rejects.toThrow('disk full');
  });
});
