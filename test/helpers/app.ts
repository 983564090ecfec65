import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Testing, type App } from 'cdktf';

/**
 * The one output folder of the tests' apps. Testing.app() otherwise makes a new temporary folder for every app and
 * never removes it, thousands in a run, while Testing.synth writes nothing into it.
 */
const OUTDIR = join(tmpdir(), 'circleci-kit-test-apps');

/** A cdktf app for tests, as Testing.app() makes it, in the shared output folder. */
export function testApp(): App {
  // Made here, idempotently: two jest workers creating it through the App at once would race.
  mkdirSync(OUTDIR, { recursive: true });
  return Testing.app({ outdir: OUTDIR }) as App;
}
