import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PLAN_REVIEW = resolve(__dirname, '../../../src/review/plan');

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourcesUnder(join(folder, entry.name))
      : entry.name.endsWith('.ts')
      ? [join(folder, entry.name)]
      : [],
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (match) => match[1],
  );
}

/** Every file the plan review loads, following relative imports out of its folder too, and every package it names. */
function reachable(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = sourcesUnder(PLAN_REVIEW);
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) packages.add(specifier);
      else {
        const target = resolve(dirname(file), specifier);
        queue.push(
          readdirSync(dirname(target)).includes(`${target.split('/').pop()}.ts`)
            ? `${target}.ts`
            : join(target, 'index.ts'),
        );
      }
    }
  }
  return { files, packages };
}

describe('GIVEN the plan review and everything it imports', () => {
  const { files, packages } = reachable();

  it('WHEN its imports are followed THEN the scan reached files outside the review, such as the shared role tag', () => {
    expect([...files].some((file) => file.endsWith('src/review/plan/index.ts'))).toBe(true);
    expect([...files].some((file) => !file.startsWith(PLAN_REVIEW))).toBe(true);
  });

  it('WHEN its packages are listed THEN none is cdktf, constructs or a provider: it stays plain TypeScript', () => {
    expect([...packages].filter((name) => /^(cdktf|constructs|@cdktf\/)/.test(name))).toEqual([]);
  });
});
