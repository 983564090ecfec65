// Remembers, between runs, where the `require` calls made inside node_modules led. A synth makes about 1,500 of them,
// and Node answers each by probing the disk and reading package.json files, about a tenth of a warm synth.
//
// Only requires made by the packages of that one node_modules folder are remembered, and only until the next npm
// install there: npm rewrites node_modules/.package-lock.json on every install, and any other content of that file,
// or none, starts afresh. Requires made by the kit's own files are left to Node, since adding a file to src/ can
// change where they lead, and so are those made in any other node_modules folder, which that file does not describe.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

/** What identifies the installed packages: npm's record of its last install, or undefined without one. */
function installStamp(lockfile) {
  try {
    const { ino, size, mtimeMs, ctimeMs } = fs.statSync(lockfile);
    return [process.version, lockfile, ino, size, mtimeMs, ctimeMs].join('\0');
  } catch {
    return undefined;
  }
}

function readResolutions(file, stamp) {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    return saved.stamp === stamp ? new Map(Object.entries(saved.resolutions)) : new Map();
  } catch {
    return new Map();
  }
}

function writeResolutions(file, stamp, resolutions) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written under a temporary name and renamed, so that a concurrent run never reads half a file.
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, JSON.stringify({ stamp, resolutions: Object.fromEntries(resolutions) }));
    fs.renameSync(partial, file);
  } catch {
    // A read-only checkout still runs; it just resolves every time.
  }
}

/**
 * Answers requires made from inside node_modules from a record kept in `file`, valid while `lockfile` (npm's
 * node_modules/.package-lock.json) is unchanged.
 */
function enableResolveCache(file, lockfile) {
  const stamp = installStamp(lockfile);
  if (stamp === undefined) return;
  const packages = `${path.dirname(lockfile)}${path.sep}`;
  const resolutions = readResolutions(file, stamp);
  let added = false;
  const nodeResolve = Module._resolveFilename;
  Module._resolveFilename = function resolveCached(request, parent, isMain, options) {
    if (isMain || options !== undefined || !parent?.filename?.startsWith(packages)) {
      return nodeResolve.call(this, request, parent, isMain, options);
    }
    const key = `${parent.path}\0${request}`;
    const known = resolutions.get(key);
    if (known !== undefined) return known;
    const resolved = nodeResolve.call(this, request, parent, isMain, options);
    resolutions.set(key, resolved);
    added = true;
    return resolved;
  };
  process.once('exit', () => {
    if (added) writeResolutions(file, stamp, resolutions);
  });
}

module.exports = { enableResolveCache };
