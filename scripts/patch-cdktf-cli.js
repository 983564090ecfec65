#!/usr/bin/env node
// Teaches the archived cdktf-cli 0.21.0 the `--stack <name>` flag for deploy, destroy, output and watch, which
// otherwise take stack names only positionally and answer `--stack aws` with "Found more than one stack".
// Runs on every install (postinstall), is idempotent, and refuses any other cdktf-cli version rather than
// patching code it has not been checked against.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const EXPECTED_VERSION = '0.21.0';
const MARKER = '/*circleci-kit:stack-flag*/';
// The CLI's one place where every command is registered on the yargs instance.
const ANCHOR = 'Vi.command(R3()).command(Vv())';
// A global yargs middleware: `--stack a --stack b` joins the positional `stacks` list the commands already read.
const MIDDLEWARE =
  `${MARKER}Vi.middleware(function(a){if(a.stack===undefined||a._[0]==="diff")return;` +
  'var s=[].concat(a.stack).map(String);a.stacks=(Array.isArray(a.stacks)?a.stacks:[]).concat(s);})';

function fail(message) {
  process.stderr.write(`patch-cdktf-cli: ${message}\n`);
  process.exit(1);
}

// Installed as another project's dependency: that project's cdktf-cli is its own business.
if (__dirname.split(require('node:path').sep).includes('node_modules')) process.exit(0);

let pkgFile;
try {
  pkgFile = require.resolve('cdktf-cli/package.json', { paths: [process.cwd(), __dirname] });
} catch {
  // Installed without dev dependencies (e.g. as a library): there is no CLI to patch.
  process.exit(0);
}
const version = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version;
if (version !== EXPECTED_VERSION) fail(`cdktf-cli ${version} is installed; this patch is for ${EXPECTED_VERSION} only`);

const bundle = path.join(path.dirname(pkgFile), 'bundle', 'bin', 'cdktf.js');
const source = fs.readFileSync(bundle, 'utf8');
if (source.includes(MARKER)) process.exit(0);
const at = source.indexOf(ANCHOR);
if (at < 0 || source.indexOf(ANCHOR, at + 1) >= 0) fail(`the command registration in ${bundle} is not where expected`);
fs.writeFileSync(bundle, source.slice(0, at) + MIDDLEWARE + '.' + source.slice(at + 'Vi.'.length));
process.stdout.write('patch-cdktf-cli: cdktf deploy/destroy/output/watch now accept --stack <name>\n');
