import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/run';

let work: string;
let record: string;
let lockfile: string;

function write(file: string, text: string): void {
  mkdirSync(join(work, file, '..'), { recursive: true });
  writeFileSync(join(work, file), text);
}

/** npm's record of an install; any rewrite of it stands for a new install. */
function install(text: string): void {
  write('node_modules/.package-lock.json', text);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'resolve-cache-'));
  record = join(work, 'cache', 'resolutions.json');
  lockfile = join(work, 'node_modules', '.package-lock.json');
  // The app requires `outer`, a package that requires `inner`: only the second require is made inside node_modules.
  write('node_modules/outer/index.js', "module.exports = require('inner');\n");
  write('node_modules/inner/package.json', '{ "main": "a.js" }\n');
  write('node_modules/inner/a.js', "module.exports = 'a';\n");
  write('node_modules/inner/b.js', "module.exports = 'b';\n");
  write('app/thing/index.js', "module.exports = 'folder';\n");
  write('app/main.js', "console.log(JSON.stringify([require('outer'), require('./thing')]));\n");
  install('{ "lockfileVersion": 3 }\n');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

function run(): [string, string] {
  const preload = join(work, 'preload.js');
  const enable = `require(${JSON.stringify(join(ROOT, 'scripts', 'resolve-cache.js'))}).enableResolveCache(${JSON.stringify(record)}, ${JSON.stringify(lockfile)});`;
  writeFileSync(preload, `${enable}\n`);
  const result = spawnSync(process.execPath, ['--require', preload, join(work, 'app', 'main.js')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

test('requires resolve as Node resolves them', () => {
  expect(run()).toEqual(['a', 'folder']);
  expect(run()).toEqual(['a', 'folder']);
});

test('a require made inside node_modules is answered from the record until the next install', () => {
  run();
  write('node_modules/inner/package.json', '{ "main": "b.js" }\n');
  // Proof that the record answered: Node alone would now find b.js.
  expect(run()[0]).toBe('a');
  install('{ "lockfileVersion": 3, "packages": {} }\n');
  expect(run()[0]).toBe('b');
});

test("a require made by the app's own files is always left to Node", () => {
  expect(run()[1]).toBe('folder');
  write('app/thing.js', "module.exports = 'file';\n");
  expect(run()[1]).toBe('file');
});

test('a require made in another node_modules folder, which the install record does not describe, is left to Node', () => {
  write('app/node_modules/local/index.js', "module.exports = require('./version');\n");
  write('app/node_modules/local/version.js', "module.exports = 'one';\n");
  write('app/main.js', "console.log(JSON.stringify([require('local'), '']));\n");
  expect(run()[0]).toBe('one');
  rmSync(join(work, 'app/node_modules/local/version.js'));
  write('app/node_modules/local/version/index.js', "module.exports = 'two';\n");
  expect(run()[0]).toBe('two');
});

test('without npm\'s install record nothing is kept', () => {
  rmSync(lockfile);
  expect(run()).toEqual(['a', 'folder']);
  expect(existsSync(record)).toBe(false);
});

test('a record that cannot be read or written leaves requires to Node', () => {
  write('cache/resolutions.json', 'not json');
  expect(run()).toEqual(['a', 'folder']);
  rmSync(join(work, 'cache'), { recursive: true });
  write('cache', 'a file where the folder should be');
  expect(run()).toEqual(['a', 'folder']);
});
