// Properties of `newsgraph extract` and `build` on random batches (text, HTML, .jsonl, hostile
// file names), bounded and with a fixed seed so that `npm test` is repeatable; `npm run fuzz` runs
// the same property with any seed and count.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { property } from './harness.ts';

describe('extract and build on random batches', () => {
  it('exit 0/1/2, no stack trace, offsets exact, endpoints exist, every document processed or reported, valid outputs, the same bytes in any order and time zone', async () => {
    await fc.assert(property, { seed: 20261127, numRuns: 120, endOnFailure: true });
  }, 120_000);
});
