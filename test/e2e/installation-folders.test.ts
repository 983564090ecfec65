import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runTs } from '../helpers/run';

// The output folder's owner and contents across several runs of the commands (each a child process synthesizing
// a stack, seconds each): kept out of npm test, whose own cases check a refusal (synth, validate:terraform) once.

const CLI = 'src/cli/review.ts';

/** The default topology with a patch of its top-level lines, written into the test folder. */
function writeTopology(dir: string, file: string, lines: Record<string, string> = {}): void {
  const text = Object.entries(lines).reduce((t, [key, line]) => t.replace(new RegExp(`^${key}: .*$`, 'm'), line), readFileSync(join(ROOT, 'topology.yaml'), 'utf8'));
  writeFileSync(join(dir, file), text);
}

describe('an output folder across runs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'folders-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN a synthesized folder WHEN the topology drops two clouds and is synthesized again THEN one line per stack written, one per stack removed, and the removed stacks are gone', () => {
    writeTopology(dir, 'topology.yaml');
    const first = runTs('main.ts', [], { cwd: dir });
    expect(first.stdout).toMatch(/^wrote cdktf\.out\/stacks\/aws\/cdk\.tf\.json \(\d+ resources\)\nwrote cdktf\.out\/stacks\/azure\/cdk\.tf\.json \(\d+ resources\)\nwrote cdktf\.out\/stacks\/gcp\/cdk\.tf\.json \(\d+ resources\)\n$/);
    const count = Number(/aws\/cdk\.tf\.json \((\d+) resources/.exec(first.stdout)?.[1]);
    const aws = JSON.parse(readFileSync(join(dir, 'cdktf.out/stacks/aws/cdk.tf.json'), 'utf8')) as { resource: Record<string, object> };
    expect(count).toBe(Object.values(aws.resource).reduce((n, ofType) => n + Object.keys(ofType).length, 0));
    writeTopology(dir, 'topology.yaml', { clouds: 'clouds: [aws]' });
    const second = runTs('main.ts', [], { cwd: dir });
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(
      `wrote cdktf.out/stacks/aws/cdk.tf.json (${count} resources)\nremoved cdktf.out/stacks/azure (no longer selected by the topology's clouds)\nremoved cdktf.out/stacks/gcp (no longer selected by the topology's clouds)\n`,
    );
    expect(readdirSync(join(dir, 'cdktf.out/stacks'))).toEqual(['aws']);
  });

  it('GIVEN a folder synthesized for another installation WHEN reviewed THEN both are named, exit 2 and the folder is untouched; --replace-installation re-synthesizes it', () => {
    const topology = readFileSync(join(ROOT, 'topology.yaml'), 'utf8').replace(/^clouds: .*$/m, 'clouds: [aws]');
    writeFileSync(join(dir, 'topology.yaml'), topology);
    writeFileSync(join(dir, 'staging.yaml'), topology.replace(/^name: .*$/m, 'name: ci-staging'));
    expect(runTs('main.ts', [], { cwd: dir, env: { TOPOLOGY_FILE: 'staging.yaml' } }).status).toBe(0);
    const refused = runTs(CLI, [], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^review: cdktf\.out holds installation ci-staging \(staging\.yaml\), not ci \(topology\.yaml\): /);
    expect(existsSync(join(dir, 'cdktf.out/review'))).toBe(false);
    const replaced = runTs(CLI, ['--replace-installation'], { cwd: dir });
    expect(replaced.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'cdktf.out/installation.json'), 'utf8')).name).toBe('ci');
  });
});
