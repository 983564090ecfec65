import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/run';

// Node 22 and later keep the cache themselves (module.enableCompileCache), in their own format: the tests of the
// entries this script writes apply to Node 20 only, and say so as skipped elsewhere.
const ownCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const onNode20 = ownCache ? test : test.skip;

let work: string;
let cache: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'compile-cache-'));
  cache = join(work, 'cache');
  mkdirSync(join(work, 'app'));
  writeFileSync(join(work, 'app', 'helper.js'), "#!/usr/bin/env node\nmodule.exports = { answer: () => 'first' };\n");
  writeFileSync(join(work, 'app', 'late.mjs'), "export const late = 'imported';\n");
  writeFileSync(join(work, 'app', 'dynamic.js'), "module.exports = () => import('./late.mjs');\n");
  writeFileSync(
    join(work, 'app', 'main.js'),
    [
      "const { answer } = require('./helper');",
      "const where = [require.resolve('./helper') === __dirname + '/helper.js', require.main === module, typeof require.cache];",
      "require('./dynamic')().then(({ late }) => console.log(JSON.stringify({ answer: answer(), where, late, file: __filename })));",
      '',
    ].join('\n'),
  );
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Runs an app file with the cache enabled first, and returns what it printed. */
function runApp(file: string, nodeOptions: readonly string[] = []): string {
  const enable = `require(${JSON.stringify(join(ROOT, 'scripts', 'compile-cache.js'))}).enableCompileCache(${JSON.stringify(cache)})`;
  const result = spawnSync(process.execPath, [...nodeOptions, '--require', writePreload(enable), join(work, 'app', file)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

function run(): { answer: string; where: unknown[]; late: string; file: string } {
  return JSON.parse(runApp('main.js'));
}

function writePreload(code: string): string {
  const file = join(work, 'preload.js');
  writeFileSync(file, `${code};\n`);
  return file;
}

/** Every cache entry, with its modification time. */
function entries(): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else found.set(path, statSync(path).mtimeMs);
    }
  };
  walk(cache);
  return found;
}

test('a module compiled through the cache behaves as Node compiles it: #! line, require, resolve, main, import(), __filename', () => {
  const expected = { answer: 'first', where: [true, true, 'object'], late: 'imported', file: join(work, 'app', 'main.js') };
  expect(run()).toEqual(expected);
  expect(run()).toEqual(expected);
});

onNode20('the first run writes an entry per module, later runs read them and write nothing', () => {
  run();
  const first = entries();
  // main.js and helper.js; dynamic.js calls import() and is left to Node, as is the preload that enables the cache.
  expect([...first.keys()]).toHaveLength(2);
  run();
  expect(entries()).toEqual(first);
});

onNode20('an edited module of the same length is compiled afresh, never run from the stale entry', () => {
  run();
  const before = entries();
  // Same length on purpose: V8 checks only the length of the text its data was made from.
  writeFileSync(join(work, 'app', 'helper.js'), "#!/usr/bin/env node\nmodule.exports = { answer: () => 'other' };\n");
  expect(run().answer).toBe('other');
  const after = entries();
  expect(after.size).toBe(before.size);
  expect([...after].filter(([path, mtime]) => before.get(path) !== mtime)).toHaveLength(1);
  expect(run().answer).toBe('other');
});

onNode20('a cache folder that cannot be made leaves the app running, uncached', () => {
  // A file where the folder should be: unwritable even for root, who ignores permission bits.
  writeFileSync(cache, '');
  expect(run().answer).toBe('first');
  expect(run().answer).toBe('first');
});

describe('inline source maps', () => {
  beforeEach(() => {
    // One mapping: everything on line 2 comes from line 1 of original.ts, whose 200 KB text the map carries along, as
    // the provider classes' maps do.
    const sourcesContent = ['x'.repeat(200_000)];
    const map = Buffer.from(JSON.stringify({ version: 3, sources: ['original.ts'], sourcesContent, names: [], mappings: ';AAAA' })).toString('base64');
    writeFileSync(
      join(work, 'app', 'mapped.js'),
      ["'use strict';", "try { throw new Error('boom'); } catch (error) { console.log(error.stack.split('\\n')[1]); }", `//# sourceMappingURL=data:application/json;base64,${map}`, ''].join('\n'),
    );
  });

  test('are dropped without moving a line: stack traces still point at the compiled file', () => {
    expect(runApp('mapped.js')).toMatch(/mapped\.js:2:/);
    expect(runApp('mapped.js')).toMatch(/mapped\.js:2:/);
  });

  onNode20('are not kept in the cache', () => {
    runApp('mapped.js');
    const sizes = [...entries().keys()].map((entry) => statSync(entry).size);
    expect(sizes).toHaveLength(1);
    expect(sizes[0]).toBeLessThan(10_000);
  });

  test('are honoured when Node maps stack traces (--enable-source-maps): the cache then leaves compiling to Node', () => {
    expect(runApp('mapped.js', ['--enable-source-maps'])).toMatch(/original\.ts:1:/);
    expect(runApp('mapped.js', ['--enable-source-maps'])).toMatch(/original\.ts:1:/);
  });
});

test('a .js file in ES module syntax is left to Node, which loads it as a module', () => {
  writeFileSync(join(work, 'app', 'esm.js'), 'export const answer = 42;\n');
  writeFileSync(join(work, 'app', 'load-esm.js'), "console.log(require('./esm.js').answer);\n");
  expect(runApp('load-esm.js').trim()).toBe('42');
});
