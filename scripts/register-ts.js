// Runs TypeScript files without type-checking (tsc --noEmit does that in npm test): sucrase strips the types, and
// the result is cached on disk by file path, size and modification time, so a synth pays for transpiling only the
// files that changed since the last run. Used by the npm scripts, cdktf.json's app command and the tests' child runs.
// It also keeps, between runs, V8's compiled code of every module (compile-cache.js) and where the packages' requires
// led (resolve-cache.js): together they take a warm synth from about 4x to under 3x the time of loading cdktf alone.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { version } = require('sucrase/package.json');
const { enableCompileCache } = require('./compile-cache');
const { enableResolveCache } = require('./resolve-cache');

const nodeModules = path.join(__dirname, '..', 'node_modules');
// KIT_CACHE_DIR moves the caches, e.g. to an empty folder to measure a first run (npm run bench does).
const cacheRoot = process.env.KIT_CACHE_DIR ?? path.join(nodeModules, '.cache');
const cacheDir = path.join(cacheRoot, 'register-ts');
enableResolveCache(path.join(cacheRoot, 'resolutions.json'), path.join(nodeModules, '.package-lock.json'));
enableCompileCache(path.join(cacheRoot, 'v8-compile'));

function transpile(filename) {
  const source = fs.readFileSync(filename, 'utf8');
  // Loaded only on a cache miss: sucrase is 58 modules, a tenth of a warm synth's start-up.
  const { transform } = require('sucrase');
  return transform(source, { transforms: ['typescript', 'imports'], filePath: filename }).code;
}

function cachedTranspile(filename) {
  const stat = fs.statSync(filename);
  const key = crypto.createHash('sha1').update([version, filename, stat.size, stat.mtimeMs].join('\0')).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const code = transpile(filename);
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      // Written under a temporary name and renamed, so a concurrent run never reads half a file.
      const partial = `${cached}.${process.pid}`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, cached);
    } catch {
      // A read-only checkout still runs; it just transpiles every time.
    }
    return code;
  }
}

require.extensions['.ts'] = (module, filename) => module._compile(cachedTranspile(filename), filename);
