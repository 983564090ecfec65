import { mkdtempSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTs } from '../helpers/run';
import { leaked, PASTED, pastedSecretsTopology } from './pasted-secrets';

const WITHHELD = /value withheld \(a secret is never shown\): must be \{ variable: <terraform variable name> \}.* or \{ existing: \{ aws: /;

describe('a secret pasted into the topology is echoed by no command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pasted-'));
    writeFileSync(join(dir, 'topology.yaml'), pastedSecretsTopology());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN the test topology THEN it really holds every sentinel (the search below can find them)', () => {
    expect(leaked(pastedSecretsTopology()).length).toBe(Object.keys(PASTED).length + 1);
  });

  it.each([
    ['synth', 'main.ts', []],
    ['validate', 'src/cli/validate.ts', []],
    ['review', 'src/cli/review.ts', []],
  ])('GIVEN every secret pasted as a value WHEN `npm run %s` THEN exit 2, each secret path named with the accepted shapes, no secret printed and nothing written', (_name, script, args) => {
    const run = runTs(script, args, { cwd: dir });
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
    expect(run.status).toBe(2);
    for (const path of ['github.clientSecret', 'secretPassphrase', 'certificate.privateKey', 'certificate.chain']) {
      expect(run.stderr).toMatch(new RegExp(`  - ${path.replace('.', '\\.')}: ${WITHHELD.source}`));
    }
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  it('GIVEN key material passed as a flag value WHEN `npm run size` THEN the usage error withholds it', () => {
    const run = runTs('src/cli/size.ts', ['--containers', PASTED.keyBody, '--cloud', PASTED.clientSecret]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('size: --containers (value withheld: it looks like key material): must be a whole number from 1 to 100000\n');
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
  });

  it('GIVEN a PEM block pasted into a field that is no secret WHEN validated THEN the value is withheld', () => {
    const file = join(dir, 'pem-domain.yaml');
    writeFileSync(file, pastedSecretsTopology().replace(/^domain: .*$/m, `domain: "-----BEGIN CERTIFICATE-----\\n${PASTED.chainBody}"`));
    const run = runTs('src/cli/validate.ts', ['--file', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('  - domain = (withheld: looks like key material): ');
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
  });
});
