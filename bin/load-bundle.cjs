'use strict';
/**
 * Loads the bundled CLI (dist/bundle/*.cjs, made by `npm run build`, see src/build/bundle.mjs) with
 * V8's code cache: each chunk is compiled through vm.Script with the bytecode cached next to it
 * (<chunk>.v8cache), so a run skips most parsing and compiling of the ~1 MB it loads. This is
 * Node ≥ 22's module.enableCompileCache() (which main.ts also turns on) for the Node 20 floor, with
 * the cache written at build time instead of at run time.
 *
 * A cache is only a hint: V8 rejects one made by another V8 version or with other flags (or for a
 * source of another length), and the chunk is then compiled as usual. Chunks load chunks with
 * `require('./<chunk>.cjs')`; anything else goes to Node's require (the bundle has no import():
 * a vm.Script could only run it through an experimental API). SPECTRO_PACK_CODE_CACHE=off
 * ignores the caches; =write (src/build/bundle.mjs) writes them when the process exits.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const DIR = join(__dirname, '..', 'dist', 'bundle');
const MODE = process.env.SPECTRO_PACK_CODE_CACHE;
const loaded = new Map();
const compiled = [];

function load(file) {
  const hit = loaded.get(file);
  if (hit) return hit.exports;
  const module = { exports: {} };
  loaded.set(file, module);
  const source = readFileSync(file, 'utf8');
  let cachedData;
  if (MODE !== 'off') {
    try {
      cachedData = readFileSync(`${file}.v8cache`);
    } catch {
      // no cache for this chunk: compiled as usual
    }
  }
  // the wrapper sits on the first line, so line numbers in stack traces are the file's own
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  if (MODE === 'write') compiled.push({ file, script });
  const nodeRequire = createRequire(file);
  const chunkRequire = (id) => (id.startsWith('./') && id.endsWith('.cjs') && !id.includes('/', 2) ? load(join(DIR, id)) : nodeRequire(id));
  chunkRequire.resolve = nodeRequire.resolve;
  script.runInThisContext()(module.exports, chunkRequire, module, file, DIR);
  return module.exports;
}

if (MODE === 'write') {
  // after the run: the cache then holds every function the run compiled (including those read from
  // the previous cache), so runs of several commands accumulate
  process.on('exit', () => {
    for (const { file, script } of compiled) writeFileSync(`${file}.v8cache`, script.createCachedData());
  });
}

module.exports = load(join(DIR, 'cli.cjs'));
