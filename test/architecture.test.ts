import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (['node_modules', 'cdktf.out', 'dist', '.git', '.gen'].includes(entry)) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|cjs)$/.test(entry) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('architecture', () => {
  // This file holds a sample whole-package import to prove the check can fail; it is not a real import.
  const files = sourceFiles(root).filter((file) => file !== __filename);

  it('GIVEN every source file THEN provider packages are imported by deep path only', () => {
    const whole = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@cdktf\/provider-[a-z]+$/.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(whole).toEqual([]);
  });

  it('GIVEN the plain-TypeScript layers THEN they import nothing from cdktf, constructs or providers', () => {
    const plain = ['topology', 'firewall', 'catalog', 'clouds', 'sizing', 'review', 'util'].map((d) => join(root, 'src', d));
    const offending = files
      .filter((file) => plain.some((dir) => file.startsWith(dir)))
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec === 'cdktf' || spec === 'constructs' || spec.startsWith('@cdktf/') || spec.includes('/adapters/') || spec.includes('stacks'))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  it('GIVEN the check above WHEN it meets a whole-package import THEN it would catch it', () => {
    const sample = "import { Instance } from '@cdktf/" + "provider-aws';";
    expect([...sample.matchAll(/(?:from\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]).filter((s) => /^@cdktf\/provider-[a-z]+$/.test(s))).toHaveLength(1);
  });
});
