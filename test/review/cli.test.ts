import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runTs } from '../helpers/run';

const CLI = 'src/cli/review.ts';

describe('npm run review (src/cli/review.ts)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'review-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN a topology and no synthesized stacks WHEN reviewed THEN it synthesizes first, writes the report files, prints the markdown and exits 0', () => {
    const topology = readFileSync(join(ROOT, 'topology.yaml'), 'utf8').replace(/^clouds: .*$/m, 'clouds: [aws]');
    writeFileSync(join(dir, 'topology.yaml'), topology);
    const run = runTs(CLI, [], { cwd: dir });
    expect(run.stderr).toBe('review: cdktf.out is missing: synthesized first\n');
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'cdktf.out/review')).sort()).toEqual(['aws.json', 'aws.md']);
    const markdown = readFileSync(join(dir, 'cdktf.out/review/aws.md'), 'utf8');
    expect(run.stdout).toBe(markdown);
    expect(markdown).toMatch(/^# Review of the aws stack \(ci\.example\.com\)/);
    expect(markdown).toContain('```mermaid\nflowchart LR');
    const json = JSON.parse(readFileSync(join(dir, 'cdktf.out/review/aws.json'), 'utf8'));
    expect(json).toMatchObject({ cloud: 'aws', stack: join('cdktf.out', 'stacks', 'aws', 'cdk.tf.json'), exitCode: 0, failures: [] });
  });

  it('GIVEN a bad flag WHEN reviewed THEN one line names it, exit 2 and nothing is written', () => {
    const run = runTs(CLI, ['--stack', 'mars'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('review: --stack "mars": must be one of aws, gcp, azure\n');
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  it('GIVEN a plan that replaces the services box WHEN reviewed with --plan --json THEN the plan review is printed, exit 1 and nothing is written', () => {
    const plan = join(ROOT, 'test/fixtures/plans/aws-services-box-replaced.json');
    const run = runTs(CLI, ['--stack', 'aws', '--plan', plan, '--json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const review = JSON.parse(run.stdout);
    expect(review).toMatchObject({ file: plan, stack: 'aws' });
    expect(review.blocking.length).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });
});
