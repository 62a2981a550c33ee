// Lets the benchmark processes run the TypeScript sources directly (no build step), compiled
// on load by SWC with the same settings the tests use (legacy decorators with metadata, which
// type-graphql relies on). File and function names survive, so CPU profiles name .ts sources.
//
// Each compiled file is kept in node_modules/.cache/ordergraph-ts/, under a hash of its path, its
// text and these settings, and SWC is loaded only when a file is not there yet. A process whose
// every file was compiled before (the benchmark warms the cache before it starts ordergraph)
// then never loads the compiler, which would otherwise stay in it: about 35 MB of RSS that
// `node dist/main.js`, as deployed, does not have, in the memory the benchmark measures.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: false,
};

const CACHE = path.join(__dirname, '..', 'node_modules', '.cache', 'ordergraph-ts');
const SETTINGS = JSON.stringify(options);
let swc;

/** The file's JavaScript: from the cache, or compiled by SWC and kept there (written whole, then renamed). */
function compiled(filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha256').update(filename).update('\0').update(SETTINGS).update('\0').update(source).digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // Not compiled yet.
  }
  swc ??= require('@swc/core');
  const { code } = swc.transformSync(source, { ...options, filename });
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    const partial = `${cached}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, cached);
  } catch {
    // A cache that cannot be written costs a compile next time, nothing else.
  }
  return code;
}

Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  module._compile(compiled(filename), filename);
};

/** Compiles into the cache every .ts file under `dirs` (relative to the repository) not there yet. */
function warmCache(dirs) {
  const root = path.join(__dirname, '..');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) compiled(full);
    }
  };
  for (const dir of dirs) walk(path.join(root, dir));
}

module.exports = { warmCache };
