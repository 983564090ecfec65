import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStack, ReviewInputError, staleness } from '../../src/review';

describe('the synthesized stacks on disk', () => {
  let dir: string;
  let kit: string;
  let outdir: string;
  let topologyFile: string;
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);
  const manifest = (clouds: readonly string[]) =>
    JSON.stringify({ stacks: Object.fromEntries(clouds.map((cloud) => [cloud, { synthesizedStackPath: `stacks/${cloud}/cdk.tf.json` }])) });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'review-files-'));
    kit = join(dir, 'kit');
    outdir = join(dir, 'out');
    topologyFile = join(dir, 'topology.yaml');
    for (const folder of ['src/review', 'stacks', 'out/stacks/aws']) mkdirSync(join(dir, folder === 'out/stacks/aws' ? folder : `kit/${folder}`), { recursive: true });
    for (const file of ['kit/src/review/a.ts', 'kit/stacks/b.ts', 'kit/main.ts', 'topology.yaml']) {
      writeFileSync(join(dir, file), '');
      at(join(dir, file), 1000);
    }
    writeFileSync(join(outdir, 'stacks/aws/cdk.tf.json'), '{"resource": {}}');
    writeFileSync(join(outdir, 'manifest.json'), manifest(['aws']));
    at(join(outdir, 'manifest.json'), 2000);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const stale = (clouds: ('aws' | 'gcp')[] = ['aws'], out = outdir) => staleness({ outdir: out, topologyFile, kitRoot: kit, clouds });

  it('GIVEN a manifest newer than the topology and every source WHEN checked THEN the stacks are fresh', () => {
    expect(stale()).toBeUndefined();
  });

  it('GIVEN no output folder, or one whose manifest lacks a selected stack WHEN checked THEN it says so', () => {
    expect(stale(['aws'], join(dir, 'nowhere'))).toBe(`${join(dir, 'nowhere')} is missing`);
    expect(stale(['aws', 'gcp'])).toBe(`${outdir} has no gcp stack`);
  });

  it('GIVEN a source file or the topology newer than the manifest WHEN checked THEN it names the file', () => {
    at(join(kit, 'src/review/a.ts'), 3000);
    expect(stale()).toBe(`src/review/a.ts is newer than ${join(outdir, 'manifest.json')}`);
    at(join(kit, 'src/review/a.ts'), 1000);
    at(topologyFile, 3000);
    expect(stale()).toBe(`${topologyFile} is newer than ${join(outdir, 'manifest.json')}`);
  });

  it('GIVEN a stack file that is missing, not JSON, binary or not a stack WHEN read THEN one line names the file and the problem', () => {
    const file = join(dir, 'stack.json');
    const problem = (content?: string | Buffer) => {
      if (content !== undefined) writeFileSync(file, content);
      try {
        readStack(file);
      } catch (error) {
        expect(error).toBeInstanceOf(ReviewInputError);
        return (error as Error).message;
      }
      return 'read';
    };
    expect(problem()).toBe(`${file}: does not exist`);
    expect(problem('{"resource": ')).toMatch(new RegExp(`^${file}: not valid JSON \\(.+\\)$`));
    expect(problem(Buffer.from([0x7b, 0x00, 0x7d]))).toBe(`${file}: is a binary file, not JSON`);
    expect(problem('[]')).toBe(`${file}: not a synthesized Terraform stack (no "resource" object)`);
    expect(problem('{"resource": {}}')).toBe('read');
  });
});
