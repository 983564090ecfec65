import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bootText, scriptsOf, type BootDocument } from './documents';

// cloud-init's schema check takes about half a second a document: `npm run test:e2e` runs it, `npm test` does not.
import { describeWithTool } from './tools';

const run = promisify(execFile);

/** Runs a command, resolving to its output and exit status instead of throwing on a non-zero exit. */
async function outcome(command: string, args: readonly string[]): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, [...args], { maxBuffer: 16 * 1024 * 1024 });
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

// GIVEN the boot text of every box on every cloud, for the default topology and the one with every option
const { documents } = bootText();
const dir = mkdtempSync(join(tmpdir(), 'boot-lint-'));
/** Identical documents (Azure's two builder scale sets) are checked once. */
const distinct = [...new Map(documents.map((d) => [d.text, d])).values()];

describeWithTool('cloud-init', 'cloud-init schema accepts every cloud-config', () => {
  test.each(distinct.map((d): [string, BootDocument] => [d.name, d]))('%s', async (_name, document) => {
    const file = join(dir, `${distinct.indexOf(document)}.yaml`);
    writeFileSync(file, document.text);
    // WHEN cloud-init's own schema check reads it THEN it is valid
    const result = await outcome('cloud-init', ['schema', '--config-file', file]);
    expect(result).toEqual({ status: 0, output: expect.stringContaining('Valid cloud-config') });
  });
});

describeWithTool('python3', 'every Python boot script compiles', () => {
  const python = distinct.flatMap(scriptsOf).filter((s) => s.interpreter === 'python3');
  test.each(python.map((s, i) => [s.name, s.text, i] as const))('%s', async (_name, text, i) => {
    const file = join(dir, `script-${i}.py`);
    writeFileSync(file, text);
    // WHEN Python parses it THEN it has no syntax error
    const result = await outcome('python3', ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read())', file]);
    expect(result).toEqual({ status: 0, output: '' });
  });
});
