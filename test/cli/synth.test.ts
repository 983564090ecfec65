import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runTs } from '../helpers/run';

describe('npm run synth (main.ts)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'synth-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN the default topology WHEN synthesized THEN aws, gcp and azure stacks are written, each with its sizing plan', () => {
    copyFileSync(join(ROOT, 'topology.yaml'), join(dir, 'topology.yaml'));
    const run = runTs('main.ts', [], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const cloud of ['aws', 'gcp', 'azure']) {
      const json = JSON.parse(readFileSync(join(dir, 'cdktf.out/stacks', cloud, 'cdk.tf.json'), 'utf8'));
      expect(json.output.sizing_plan.value.containers).toBeGreaterThanOrEqual(40);
    }
  });

  it('GIVEN a bad topology file WHEN synthesized THEN one line per problem, exit 2, no stack trace and no output folder', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'name: Bad Name\ndomain: ci.example.com\nclouds: [aws, mars]\nbuilders: { containers: 0 }\n');
    const run = runTs('main.ts', [], { cwd: dir, env: { TOPOLOGY_FILE: 'bad.yaml' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^bad\.yaml: \d+ problems/);
    expect(run.stderr).toMatch(/- name = "Bad Name": must be 2-20 characters/);
    expect(run.stderr).toMatch(/- clouds\[1\] = "mars": must be one of: aws, gcp, azure/);
    expect(run.stderr).toMatch(/- builders\.containers = 0: must be at least 1/);
    expect(run.stderr).toMatch(/- network: is required/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  it('GIVEN a missing topology file THEN the file is named, exit 2, nothing written', () => {
    const run = runTs('main.ts', [], { cwd: dir, env: { TOPOLOGY_FILE: 'nope.yaml' } });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('nope.yaml: 1 problem\n  - (file): does not exist');
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });
});
