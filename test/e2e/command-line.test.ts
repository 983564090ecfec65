import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ROOT, runTs, type RunResult } from '../helpers/run';
import { FUZZ_RUNS, fuzzParameters, fuzzTimeout } from '../fuzz/settings';

/** What a command run in-process printed, how it ended, and any error its main let escape (a crash). */
interface InProcessRun extends RunResult {
  /** An error neither a usage error nor one the command expects: the command would die with a stack trace. */
  readonly crash?: unknown;
}

type Main = () => number | Promise<number>;
type Expected = (error: unknown) => string | undefined;

/**
 * Runs a command-line entry point in this process as its npm script would (same argv, same `runCli`), about 100 times
 * faster than a child process. `runCli` is wrapped so an error it would rethrow (a crash, printed with its stack by
 * node) is recorded instead.
 */
async function runInProcess(script: string, args: readonly string[]): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  let crash: unknown;
  const saved = { argv: process.argv, exitCode: process.exitCode };
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  process.argv = [process.execPath, join(ROOT, script), ...args];
  process.exitCode = undefined;
  try {
    jest.isolateModules(() => {
      const cli = jest.requireActual<typeof import('../../src/cli/usage-error')>('../../src/cli/usage-error');
      jest.doMock('../../src/cli/usage-error', () => ({
        ...cli,
        runCli: (tool: string, main: Main, expected: Expected = () => undefined) =>
          cli.runCli(
            tool,
            () =>
              Promise.resolve()
                .then(main)
                .catch((error: unknown) => {
                  if (error instanceof cli.UsageError || expected(error) !== undefined) throw error;
                  crash = error;
                  return 70;
                }),
            expected,
          ),
      }));
      require(join(ROOT, script));
    });
    // runCli settles on later turns of the event loop; a dynamic import() inside a command takes a few more.
    for (let turn = 0; turn < 20 && process.exitCode === undefined; turn += 1) await new Promise((resolve) => setTimeout(resolve, turn < 5 ? 0 : 10));
    return { status: process.exitCode ?? null, stdout: out.join(''), stderr: err.join(''), crash };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
  }
}

const STACK_LINE = /\n\s+at .+/;

/**
 * THEN the run ended as bad input must: exit 2, nothing on stdout, and on stderr one line naming what is wrong, or
 * the topology report (the file, then one `  - path: problem` line each); never a stack trace.
 */
function expectRefused(run: RunResult & { crash?: unknown }, tool: string, names: RegExp): void {
  expect(run.crash).toBeUndefined();
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: '' });
  expect(run.stderr).not.toMatch(STACK_LINE);
  const lines = run.stderr.trimEnd().split('\n');
  const report = /^\S.*: \d+ problems?$/.test(lines[0]) && lines.slice(1).every((line) => line.startsWith('  - '));
  expect(report || (lines.length === 1 && lines[0].startsWith(`${tool}: `))).toBe(true);
  expect(run.stderr).toMatch(names);
}

/** Bad files of every kind, written once into a temporary folder. */
function badFiles(dir: string): Record<'directory' | 'missing' | 'binary' | 'empty' | 'huge', string> {
  const files = { directory: join(dir, 'a-folder'), missing: join(dir, 'nope.yaml'), binary: join(dir, 'random.bin'), empty: join(dir, 'empty.yaml'), huge: join(dir, 'huge.yaml') };
  mkdirSync(files.directory);
  // Random bytes with NULs in them, seeded so a failure reproduces.
  const bytes = fc.sample(fc.uint8Array({ minLength: 4096, maxLength: 4096 }), { seed: 1, numRuns: 1 })[0];
  bytes[100] = 0;
  writeFileSync(files.binary, bytes);
  writeFileSync(files.empty, '');
  // Four megabytes: a topology whose name was pasted from a file, valid JSON and YAML otherwise.
  writeFileSync(files.huge, `${readFileSync(join(ROOT, 'topology.yaml'), 'utf8').replace(/^name: .*$/m, `name: ${'a'.repeat(4 * 1024 * 1024)}`)}`);
  return files;
}

describe('the command-line tools given bad flags and bad files (in-process)', () => {
  let dir: string;
  let files: ReturnType<typeof badFiles>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-fuzz-'));
    files = badFiles(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const SIZE_FLAGS = ['--containers', '--cloud', '--arch', '--min-builders', '--max-builder-vcpus', '--container-cpus', '--container-memory-gib', '--reserve-cpus', '--reserve-memory-gib', '--vcpus', '--memory-gib'];
  const flagValue = fc.constantFrom('0', '-1', '1', '4', '40', '1.5', '1e9', '100001', 'abc', '', ' 5', '0x10', 'NaN', 'Infinity', 'aws', 'ibm', 'arm64', '--json');
  const token = fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...SIZE_FLAGS), flagValue).map(([flag, value]) => [flag, value]), weight: 6 },
    { arbitrary: fc.tuple(fc.constantFrom(...SIZE_FLAGS), flagValue).map(([flag, value]) => [`${flag}=${value}`]), weight: 2 },
    { arbitrary: fc.constantFrom(['--json'], ['--json=true'], ['--frobnicate'], ['-x'], ['positional'], ['--containers'], ['--']), weight: 2 },
  );

  it(`GIVEN ${Math.ceil(FUZZ_RUNS / 5)} random flag lists WHEN size runs THEN it answers (exit 0) or refuses in one line naming a flag (exit 2), never with a stack trace`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 5 }).map((tokens) => tokens.flat()), async (args) => {
        const run = await runInProcess('src/cli/size.ts', args);
        expect(run.crash).toBeUndefined();
        expect(run.stderr).not.toMatch(STACK_LINE);
        if (run.stderr !== '') {
          expect(run.status).toBe(2);
          expect(run.stdout).toBe('');
          expect(run.stderr.trimEnd().split('\n')[0]).toMatch(/^size: (-[-\w]+|positional)\b/);
        } else {
          // A fleet no cloud can build is still answered, with each cloud's reason in the table, and exit 2.
          expect([0, 2]).toContain(run.status);
          expect(run.stdout).not.toBe('');
        }
      }),
      fuzzParameters(Math.ceil(FUZZ_RUNS / 5)),
    );
  }, fuzzTimeout(Math.ceil(FUZZ_RUNS / 5), 20));

  it('GIVEN validate pointed at a folder, a missing, binary, empty or huge file, or a bad flag THEN one clear line or the topology report, exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--file', files.directory], /a-folder: 1 problem\n {2}- \(file\): is a directory/],
      [['--file', files.missing], /nope\.yaml: 1 problem\n {2}- \(file\): does not exist/],
      [['--file', files.binary], /random\.bin: 1 problem\n {2}- \(file\): is a binary file/],
      [['--file', files.empty], /empty\.yaml: 1 problem\n {2}- \(file\): is empty; it must be a mapping of topology keys/],
      [['--file', files.huge], /huge\.yaml: 1 problem\n {2}- name = "a{20,}\.\.\.: is 4194304 characters long; text is at most 4096/],
      [['--frobnicate'], /^validate: --frobnicate: unknown option \(allowed: --file, --help\)/],
      [['--file'], /^validate: --file: needs a value/],
    ];
    for (const [args, names] of cases) expectRefused(await runInProcess('src/cli/validate.ts', args), 'validate', names);
  });

  it('GIVEN review with a plan that is a folder, missing, binary, empty or huge, or a bad flag THEN one clear line, exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--plan', files.directory], /^review: --plan ".*a-folder": is a directory/],
      [['--plan', files.missing], /^review: --plan ".*nope\.yaml": does not exist/],
      [['--plan', files.binary], /^review: --plan ".*random\.bin": is a binary file/],
      [['--plan', files.empty], /^review: .*empty\.yaml.*(empty|JSON)/],
      [['--plan', files.huge], /^review: .*huge\.yaml.*JSON/],
      [['--stack', 'mars'], /^review: --stack "mars": must be one of aws, gcp, azure/],
      [['--frobnicate'], /^review: --frobnicate: unknown option \(allowed: --stack, --json, --plan, --replace-installation, --help\)/],
      [['--plan'], /^review: --plan: needs a value/],
    ];
    for (const [args, names] of cases) expectRefused(await runInProcess('src/cli/review.ts', args), 'review', names);
  });
});

describe('end to end: the app (npm run synth) given bad input, as a child process', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'synth-fuzz-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** WHEN main.ts runs in the temporary folder on this topology file (and flags). */
  function synth(file: string, content: string | Uint8Array, args: string[] = []): RunResult {
    writeFileSync(join(dir, file), content);
    return runTs('main.ts', args, { cwd: dir, env: { TOPOLOGY_FILE: file } });
  }

  const YAML_SPECIALS = readFileSync(join(ROOT, 'topology.yaml'), 'utf8')
    .replace('containers: 40 ', 'containers: .nan ')
    .replace('retention: 7', 'retention: .inf')
    .replace(/^dns:/m, '__proto__: { polluted: true }\nconstructor: 1\ndns:');

  it.each([
    ['binary file', 'random.bin', fc.sample(fc.uint8Array({ minLength: 2048, maxLength: 2048 }), { seed: 2, numRuns: 1 })[0].fill(0, 10, 11), [], /random\.bin: 1 problem\n {2}- \(file\): is a binary file, not YAML or JSON/],
    ['huge file', 'huge.yaml', `name: ci\nnotes: "${'x'.repeat(1024 * 1024)}"\n`, [], /huge\.yaml: 1 problem\n {2}- notes = "x+\.\.\.: is 1048576 characters long; text is at most 4096 characters\n$/],
    ['YAML .nan, .inf, __proto__ and constructor', 'specials.yaml', YAML_SPECIALS, [], /^specials\.yaml: 4 problems\n(?=[\s\S]*- builders\.containers = NaN: must be number, not NaN\n)(?=[\s\S]*- servicesBox\.backup\.retention = Infinity: must be number, not Infinity\n)(?=[\s\S]*- __proto__: is not a known key \(allowed here: name, )(?=[\s\S]*- constructor: is not a known key)/],
    ['bad flag', 'topology.yaml', readFileSync(join(ROOT, 'topology.yaml'), 'utf8'), ['--frobnicate'], /^synth: --frobnicate: unknown option \(allowed: --module, --replace-installation\)\n$/],
  ] as const)('GIVEN a %s THEN exit 2, the problem named, no stack trace and no output folder', (_, file, content, args, names) => {
    const run = synth(file, content, [...args]);
    expectRefused(run, 'synth', names);
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  // The App makes its output folder before the adapters run their own checks (Azure backups in 30-minute steps).
  it('GIVEN a topology only the Azure adapter refuses (backup at 03:01) THEN exit 2, the problem named and no output folder', () => {
    const run = synth('azure-backup.yaml', readFileSync(join(ROOT, 'topology.yaml'), 'utf8').replace('at: "03:00"', 'at: "03:01"'));
    expectRefused(run, 'synth', /servicesBox\.backup\.at = "03:01": must be on a multiple of 30 minutes past the hour on Azure/);
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });
});
