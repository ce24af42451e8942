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
 * `require('./<chunk>.cjs')`, and other build outputs by absolute path (`require('/…/dist/x/y.cjs')`,
 * the precompiled validators of dist/schema/validators/); anything else goes to Node's require (the bundle has no import():
 * a vm.Script could only run it through an experimental API). SPECTRO_PACK_CODE_CACHE=off
 * ignores the caches; =write (src/build/bundle.mjs) writes them when the process exits.
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, isAbsolute, join, sep } = require('node:path');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const DIR = join(DIST, 'bundle');
const MODE = process.env.SPECTRO_PACK_CODE_CACHE;
const loaded = new Map();

/**
 * commander requires node:child_process when it loads, for executable subcommands, which this CLI
 * does not have: ~3 ms of every start. The chunks get it on first use instead (a property read).
 */
let childProcess;
const realChildProcess = () => (childProcess ??= require('node:child_process'));
const lazyChildProcess = new Proxy(
  {},
  {
    get: (_, key) => realChildProcess()[key],
    has: (_, key) => key in realChildProcess(),
    ownKeys: () => Reflect.ownKeys(realChildProcess()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Object.getOwnPropertyDescriptor(realChildProcess(), key);
      return d && { ...d, configurable: true };
    },
  },
);
const compiled = [];

function load(file) {
  const hit = loaded.get(file);
  if (hit) return hit.exports;
  const module = { exports: {} };
  // set before running, for chunks that require each other; a load that fails is forgotten
  loaded.set(file, module);
  try {
    run(file, module);
  } catch (e) {
    loaded.delete(file);
    throw e;
  }
  return module.exports;
}

function run(file, module) {
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
  const chunkRequire = (id) => {
    if (id.endsWith('.cjs') && id.startsWith('./') && !id.includes('/', 2)) return load(join(DIR, id));
    if (id.endsWith('.cjs') && isAbsolute(id) && id.startsWith(DIST + sep)) return load(id);
    if (id === 'node:child_process') return lazyChildProcess;
    return nodeRequire(id);
  };
  chunkRequire.resolve = nodeRequire.resolve;
  script.runInThisContext()(module.exports, chunkRequire, module, file, dirname(file));
}

// the main thread only: a worker thread (src/values/parallel-parse.ts) runs less of the code
if (MODE === 'write' && require('node:worker_threads').isMainThread) {
  // after the run: the cache then holds every function the run compiled (including those read from
  // the previous cache), so runs of several commands accumulate
  process.on('exit', () => {
    for (const { file, script } of compiled) writeFileSync(`${file}.v8cache`, script.createCachedData());
  });
}

module.exports = {
  /** a chunk of dist/bundle by file name (bin/spectro-pack.js: 'cli.cjs'), with its code cache */
  loadChunk: (name) => load(join(DIR, name)),
  /** for test/cli/startup.test.ts: the deferred module behaves like the real one */
  deferredChildProcess: lazyChildProcess,
};
