import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { readSshPublicKey } from '../../src/topology/ssh-key';

const ROOT = join(__dirname, '../..');
/** Folders that are not the repository's own text: installed packages, build and synth output. */
const SKIPPED = /^(node_modules|\.git|dist|coverage|cdktf\.out.*|\.gen|\.terraform|tmp)$/;

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED.test(entry.name) ? [] : filesUnder(join(folder, entry.name), extensions);
    return extensions.includes(extname(entry.name)) ? [join(folder, entry.name)] : [];
  });
}

describe('every SSH key in the repository is a real one', () => {
  const topologies = filesUnder(ROOT, ['.yaml', '.yml'])
    .map((file) => ({ file: relative(ROOT, file), data: parse(readFileSync(file, 'utf8')) as { ssh?: { publicKeys?: unknown[] } } | null }))
    .filter(({ data }) => Array.isArray(data?.ssh?.publicKeys));

  it('GIVEN the repository THEN its topology files are found (topology.yaml, examples, fixtures)', () => {
    expect(topologies.map(({ file }) => file)).toEqual(expect.arrayContaining(['topology.yaml', 'examples/topologies/production.yaml', 'test/fixtures/topologies/all-options.yaml']));
  });

  it('GIVEN each topology file THEN every key in ssh.publicKeys parses as the clouds parse it', () => {
    const broken = topologies.flatMap(({ file, data }) =>
      (data?.ssh?.publicKeys ?? []).flatMap((key, index) => {
        const reading = readSshPublicKey(String(key));
        return reading.ok ? [] : [`${file} ssh.publicKeys[${index}]: ${reading.why}`];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('GIVEN any text file (code, docs, Terraform fixtures) THEN every key-shaped text in it parses', () => {
    // At least 16 base64 characters: a placeholder such as `ssh-ed25519 AAAA...` in a description is not a key.
    const keyShaped = /(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp\d+) AAAA[A-Za-z0-9+/]{16,}=*/g;
    const broken = filesUnder(ROOT, ['.ts', '.md', '.json', '.yaml', '.yml', '.tf']).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(keyShaped)]
        .filter(([text]) => !readSshPublicKey(text).ok)
        .map(([text]) => `${relative(ROOT, file)}: ${text.slice(0, 40)}...`),
    );
    expect(broken).toEqual([]);
  });
});
