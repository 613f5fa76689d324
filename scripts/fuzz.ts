// `npm run fuzz -- --count N [--seed S]`: the property of test/property/ on N random batches
// (default 1,000) with a given or random seed; a failure prints the seed, the path to replay it
// and the shrunk counterexample. A long run, not a test.

import fc from 'fast-check';
import { caseArb, checkCase } from '../test/property/harness.ts';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`fuzz: --${name} expects a whole number, got "${process.argv[i + 1] ?? ''}"`);
    process.exit(2);
  }
  return v;
}

const count = option('count') ?? 1000;
const seed = option('seed') ?? Math.floor(Math.random() * 2 ** 31);
const started = performance.now();
let done = 0;
const progress = setInterval(() => console.error(`fuzz: ${done} of ${count} batches, ${((performance.now() - started) / 1000).toFixed(0)} s`), 60_000);
const counted = fc.asyncProperty(caseArb, async (c) => {
  done++;
  await checkCase(c);
  // Everything above may settle in microtasks only: let the progress timer run.
  await new Promise((ok) => setImmediate(ok));
});
console.log(`fuzz: ${count} batches, seed ${seed}`);
const result = await fc.check(counted, { seed, numRuns: count, endOnFailure: false });
clearInterval(progress);
const secs = ((performance.now() - started) / 1000).toFixed(1);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  console.error(`fuzz: the broken property: ${String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance)}`);
  console.error(`fuzz: FAILED after ${result.numRuns} batches in ${secs} s (replay: npm run fuzz -- --count ${count} --seed ${seed})`);
  process.exit(1);
}
console.log(`fuzz: ${result.numRuns} batches passed every property in ${secs} s (seed ${seed})`);
