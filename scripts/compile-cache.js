// Keeps V8's compiled code for every CommonJS module between runs. A synth loads about 750 modules and 19 MB of
// JavaScript (the deep-imported provider classes alone are 14 MB, most of it inline source maps), and compiling them was
// a quarter of its time. Node 22 has this built in (module.enableCompileCache), and it is used when present; on Node 20
// the same is done here with vm.Script's cachedData.
//
// Each module's entry is a file named after its path, holding a fingerprint of the compiled text and then V8's data, so
// an edited file or an upgraded package is recompiled, and overwrites its own entry rather than adding one. V8 itself
// checks only the text's length, its own version and its flags. The data is taken at exit, after the run, so that it
// also holds the functions V8 compiled lazily while the app ran.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const HASH_BYTES = 20;
const DYNAMIC_IMPORT = /\bimport\s*(?:\(|\/[/*])/;
const INLINE_SOURCE_MAP = '//# sourceMappingURL=data:';

/**
 * The text without its inline source map. Most of a provider class file is one (600 KB of a launch template's 840 KB),
 * and V8 keeps it as a string in the script and in its cached data; the lines above it stay where they were, so stack
 * traces are unchanged.
 */
function withoutInlineSourceMap(content) {
  // Only the last line is looked at: searching 19 MB for the marker cost more than it saved.
  const lastLine = content.lastIndexOf('\n', content.length - 2) + 1;
  return lastLine > 0 && content.startsWith(INLINE_SOURCE_MAP, lastLine) ? content.slice(0, lastLine) : content;
}

/** A `#!` line is valid only at the very start of a script, which the module wrapper takes: it becomes a comment. */
function withoutHashbang(content) {
  return content.startsWith('#!') ? `//${content.slice(2)}` : content;
}

function sha1(text) {
  return crypto.createHash('sha1').update(text).digest();
}

/**
 * What identifies the text being compiled. JavaScript files are compiled as read from disk, and their inode, size and
 * change time identify them at half the cost of hashing 19 MB (npm sets every package file's mtime to 1985,
 * but any write or re-extraction sets a new ctime and usually a new inode). Text made in memory, such as TypeScript
 * after type-stripping, is hashed.
 */
function fingerprint(content, filename) {
  if (!/\.c?js$/.test(filename)) return sha1(content);
  const { ino, size, mtimeMs, ctimeMs } = fs.statSync(filename);
  return sha1([ino, size, mtimeMs, ctimeMs, content.length].join('\0'));
}

function readEntry(entry, hash) {
  try {
    const data = fs.readFileSync(entry);
    return data.subarray(0, HASH_BYTES).equals(hash) ? data.subarray(HASH_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

function writeEntries(dir, pending) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const { entry, hash, script } of pending) {
      // Written under a temporary name and renamed, so that a concurrent run never reads half an entry.
      const partial = `${entry}.${process.pid}`;
      fs.writeFileSync(partial, Buffer.concat([hash, script.createCachedData()]));
      fs.renameSync(partial, entry);
    }
  } catch {
    // A read-only checkout still runs; it just compiles every time.
  }
}

/** The `require` Node gives a CommonJS module, rebuilt because the module is compiled here rather than by Node. */
function requireFor(mod) {
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/** Compiles every CommonJS module loaded from now on through a code cache kept in `dir`. */
function enableCompileCache(dir) {
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    return;
  }
  // V8 refuses data made under other flags: runs with other node options keep their own entries instead of
  // overwriting each other's.
  const options = sha1([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0')).toString('hex').slice(0, 12);
  const versionDir = path.join(dir, `${process.version}-${process.arch}-${options}`);
  const pending = [];
  const nodeCompile = Module.prototype._compile;
  Module.prototype._compile = function compileCached(content, filename) {
    // Left to Node: modules that call import(), because a script compiled by vm.Script has none unless given a loader,
    // and Node 20's (USE_MAIN_CONTEXT_DEFAULT_LOADER) is experimental and lost when V8 reads the script from its cache
    // (the test also matches `import(` in comments, which only costs those modules their caching); and every module
    // when Node maps stack traces through source maps (--enable-source-maps), which only its own loader records.
    if (process.sourceMapsEnabled) return nodeCompile.call(this, content, filename);
    const code = withoutHashbang(withoutInlineSourceMap(content));
    if (DYNAMIC_IMPORT.test(code)) return nodeCompile.call(this, content, filename);
    const hash = fingerprint(content, filename);
    const entry = path.join(versionDir, sha1(filename).toString('hex'));
    const cachedData = readEntry(entry, hash);
    let script;
    try {
      script = new vm.Script(Module.wrap(code), { filename, cachedData });
    } catch (error) {
      // Node's own compile tells ES module syntax from a mistake (and may load the file as a module), and words the error.
      if (error instanceof SyntaxError) return nodeCompile.call(this, content, filename);
      throw error;
    }
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ entry, hash, script });
    const compiled = script.runInThisContext({ displayErrors: true });
    return compiled.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
  };
  process.once('exit', () => {
    if (pending.length > 0) writeEntries(versionDir, pending);
  });
}

module.exports = { enableCompileCache };
