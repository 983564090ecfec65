import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { projectCopy, runCdktf, type RecordedRun } from '../helpers/cdktf-cli';
import { ROOT, runTs } from '../helpers/run';

/** The folders (relative to the project) terraform ran in; '' is the project folder, where cdktf asks for the version. */
function terraformDirs(project: string, run: RecordedRun): string[] {
  return [...new Set(run.terraform.map((call) => relative(project, call.cwd)))].sort();
}

function succeeded(run: RecordedRun): RecordedRun {
  if (run.status !== 0) throw new Error(`cdktf exited ${run.status}\n${run.stdout}\n${run.stderr}`);
  return run;
}

describe('npx cdktf deploy/destroy/output --stack <cloud> (real CLI, terraform stand-in)', () => {
  let project: string;
  const runs: Record<string, RecordedRun> = {};

  // A CLI run costs seconds of CPU, most of it loading the CLI. The first run synthesizes, as a user's does; the
  // others then share its output (--skip-synth) and run at once.
  beforeAll(async () => {
    project = realpathSync(projectCopy('cdktf-stack-'));
    runs['deploy-aws'] = await runCdktf(project, 'deploy-aws', ['deploy', '--stack', 'aws', '--auto-approve']);
    const commands: Record<string, string[]> = {
      'deploy-gcp': ['deploy', '--stack', 'gcp', '--auto-approve'],
      'deploy-azure': ['deploy', '--stack', 'azure', '--auto-approve'],
      destroy: ['destroy', '--stack', 'gcp', '--auto-approve'],
      output: ['output', '--stack', 'azure'],
    };
    const names = Object.keys(commands);
    const done = await Promise.all(names.map((name) => runCdktf(project, name, [...commands[name], '--skip-synth'])));
    names.forEach((name, i) => (runs[name] = done[i]));
  }, 180000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('GIVEN a fresh project WHEN `cdktf deploy --stack aws --auto-approve` THEN all three stacks are synthesized and terraform applies only in cdktf.out/stacks/aws', () => {
    const run = succeeded(runs['deploy-aws']);
    const manifest = JSON.parse(readFileSync(join(project, 'cdktf.out/manifest.json'), 'utf8')) as { stacks: Record<string, unknown> };
    expect(Object.keys(manifest.stacks).sort()).toEqual(['aws', 'azure', 'gcp']);
    expect(terraformDirs(project, run)).toEqual(['', 'cdktf.out/stacks/aws']);
    expect(run.terraform).toContainEqual({ cwd: join(project, 'cdktf.out/stacks/aws'), args: 'apply -auto-approve' });
  });

  it.each(['gcp', 'azure'])('GIVEN the synthesized project WHEN `cdktf deploy --stack %s --auto-approve` THEN terraform applies only in that stack', (cloud) => {
    const run = succeeded(runs[`deploy-${cloud}`]);
    expect(terraformDirs(project, run)).toEqual(['', `cdktf.out/stacks/${cloud}`]);
    expect(run.terraform).toContainEqual({ cwd: join(project, 'cdktf.out/stacks', cloud), args: 'apply -auto-approve' });
  });

  it.each([
    ['destroy', 'gcp', 'destroy -auto-approve'],
    ['output', 'azure', 'output -json'],
  ])('GIVEN `cdktf %s --stack %s` THEN terraform runs only in that stack (%s)', (command, cloud, args) => {
    const run = succeeded(runs[command]);
    expect(terraformDirs(project, run)).toEqual(['', `cdktf.out/stacks/${cloud}`]);
    expect(run.terraform).toContainEqual({ cwd: join(project, 'cdktf.out/stacks', cloud), args });
    expect(run.terraform.map((call) => call.args)).not.toContain('apply -auto-approve');
  });
});

describe('scripts/patch-cdktf-cli.js (postinstall)', () => {
  const MARKER = '/*circleci-kit:stack-flag*/';
  // Just enough of the CLI bundle: the yargs instance `Vi` and the one line where every command is registered.
  const BUNDLE = [
    'var middlewares = [];',
    'var Vi = { middleware(f) { middlewares.push(f); return Vi; }, command() { return Vi; } };',
    'function R3() {} function Vv() {}',
    'Vi.command(R3()).command(Vv());',
    'module.exports = middlewares;',
  ].join('\n');
  let dir: string;

  function fakeCli(version: string, bundle = BUNDLE): string {
    const pkg = join(dir, 'node_modules/cdktf-cli');
    mkdirSync(join(pkg, 'bundle/bin'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'cdktf-cli', version }));
    writeFileSync(join(pkg, 'bundle/bin/cdktf.js'), bundle);
    return join(pkg, 'bundle/bin/cdktf.js');
  }

  // The script patches the cdktf-cli that resolves from its working directory first, as npm runs postinstall.
  function patch(): ReturnType<typeof runTs> {
    return runTs('scripts/patch-cdktf-cli.js', [], { cwd: dir });
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'patch-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN cdktf-cli 0.21.0 WHEN patched twice THEN the middleware is inserted once and the second run changes nothing', () => {
    const bundle = fakeCli('0.21.0');
    const first = patch();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/now accept --stack <name>/);
    const patched = readFileSync(bundle, 'utf8');
    expect(patched.split(MARKER)).toHaveLength(2);
    const second = patch();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe('');
    expect(readFileSync(bundle, 'utf8')).toBe(patched);
  });

  it('GIVEN the patched bundle THEN --stack joins the positional stacks, diff keeps its own --stack, and without --stack (the positional form) nothing changes', () => {
    const bundle = fakeCli('0.21.0');
    patch();
    const [middleware] = require(bundle) as ((argv: Record<string, unknown>) => void)[];
    const deploy: Record<string, unknown> = { _: ['deploy'], stacks: ['gcp'], stack: ['aws', 'azure'] };
    middleware(deploy);
    expect(deploy.stacks).toEqual(['gcp', 'aws', 'azure']);
    const single: Record<string, unknown> = { _: ['output'], stack: 'aws' };
    middleware(single);
    expect(single.stacks).toEqual(['aws']);
    const diff: Record<string, unknown> = { _: ['diff'], stack: 'aws' };
    middleware(diff);
    expect(diff.stacks).toBeUndefined();
    const positional: Record<string, unknown> = { _: ['deploy'], stacks: ['gcp'] };
    middleware(positional);
    expect(positional.stacks).toEqual(['gcp']);
  });

  it.each([
    ['0.20.0', BUNDLE, /cdktf-cli 0\.20\.0 is installed; this patch is for 0\.21\.0 only/],
    ['0.21.0', 'Vi.command(Other());', /the command registration in .* is not where expected/],
  ])('GIVEN cdktf-cli %s with an unexpected bundle or version THEN it refuses (exit 1) and leaves the bundle alone', (version, source, message) => {
    const bundle = fakeCli(version, source);
    const run = patch();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(bundle, 'utf8')).toBe(source);
  });

  it('GIVEN this project after npm ci THEN its cdktf-cli carries the patch exactly once', () => {
    const installed = readFileSync(join(ROOT, 'node_modules/cdktf-cli/bundle/bin/cdktf.js'), 'utf8');
    expect(installed.split(MARKER)).toHaveLength(2);
  });
});
