// One batch of the synthesize-and-review property in a process of its own:
//   node -r ./scripts/register-ts.js test/fuzz/synth-review-batch.ts <seed> <runs>
// cdktf keeps every token of every app a process synthesizes (its global token map), about 0.75 MB a stack, so a
// thousand topologies in one process run out of heap; batches in fresh processes do not. Prints fast-check's report
// and exits 1 on a counterexample.
import fc from 'fast-check';
import { synthReviewProperty } from './synth-review-property';

const [seed, runs] = process.argv.slice(2).map(Number);
const details = fc.check(synthReviewProperty, { seed, numRuns: runs, endOnFailure: false });
if (details.failed) {
  process.stdout.write(`${fc.defaultReportMessage(details)}\n`);
  process.exit(1);
}
process.stdout.write(`${runs} topologies from seed ${seed}: no unacknowledged policy error\n`);
