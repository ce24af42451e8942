#!/usr/bin/env node
// Build step (`npm run build`, after tsc): bundles the CLI compiled by tsc (dist/cli/main.js) and
// its dependencies into dist/bundle/, which bin/spectro-pack.js loads through bin/load-bundle.cjs.
// A process start then reads a few files instead of ~150 project modules and a few hundred in
// node_modules. Every command's work stays behind a dynamic import, so each is its own chunk:
// `validate` does not load render, archive or registry code.
//
// CommonJS chunks (strict, like the ES modules they come from), because Node 20 caches compiled
// code only for scripts: after bundling, a few representative commands are run to write each
// chunk's V8 code cache (<chunk>.v8cache, see bin/load-bundle.cjs). ajv and tar stay outside: they
// are loaded with createRequire() on the rare paths that need them.
//
// dist/bundle/ is two levels below the package root, like dist/<dir>/*.js and src/<dir>/*.ts, so
// `new URL('../../templates/', import.meta.url)` and the like resolve alike in all three.
// SPECTRO_PACK_BUNDLE is defined as true in the bundle only (see src/core/in-bundle.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { generateConfig } from '../../bench/gen-config.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'dist/bundle');
const VALIDATORS = join(ROOT, 'dist/schema/validators');
const BIN = join(ROOT, 'bin/spectro-pack.js');

// yaml's parser reads `process.env.LOG_TOKENS` once per token and its composer `LOG_STREAM` once
// per document (debug printing). process.env is a call into the C++ environment on every read:
// ~0.25 s of the 2 MB / 10 000-document benchmark file. The bundle compiles both switches out; the
// build fails if yaml stops reading them this way, so the figure cannot drift silently.
const YAML_DEBUG_ENV = /\bnode_process\.env\.(LOG_TOKENS|LOG_STREAM)\b/g;
const yamlDebugSwitches = new Set();
const yamlDebugOff = {
  name: 'yaml-debug-env-off',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]yaml[\\/]/.test(id) || !YAML_DEBUG_ENV.test(code)) return null;
    return code.replace(YAML_DEBUG_ENV, (_, name) => {
      yamlDebugSwitches.add(name);
      return 'undefined';
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  // parse-worker: the worker thread of src/values/parallel-parse.ts, loaded by name
  input: { cli: join(ROOT, 'dist/cli/main.js'), 'parse-worker': join(ROOT, 'dist/values/parse-part-worker.js') },
  platform: 'node',
  plugins: [yamlDebugOff],
  external: [/^node:/],
  transform: { define: { SPECTRO_PACK_BUNDLE: 'true' } },
  logLevel: 'warn',
  output: {
    dir: OUT,
    format: 'cjs',
    strict: true,
    // import('node:readline') → require: a chunk runs as a vm.Script, which has no ESM loader
    dynamicImportInCjs: false,
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name]-[hash].cjs',
    minify: false,
    sourcemap: false,
  },
});
if (yamlDebugSwitches.size !== 2) {
  throw new Error(`bundle: expected yaml to read process.env.LOG_TOKENS and LOG_STREAM, found ${[...yamlDebugSwitches].join(', ') || 'neither'}; review the yaml-debug-env-off plugin`);
}
const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');

// Code caches: what training runs of the CLI compile (validate, the other read-only commands,
// --help; in two rounds, see below). Each run adds to the caches of the chunks it loads; a failed
// run only means less in the cache.
const tmp = mkdtempSync(join(tmpdir(), 'spectro-pack-bundle-'));
try {
  const crs = join(tmp, 'crs.yaml');
  writeFileSync(crs, generateConfig(20, 4));
  const packsDir = join(ROOT, 'packs');
  let packs = [];
  try {
    packs = readdirSync(packsDir)
      .map((n) => join(packsDir, n))
      .filter((p) => statSync(p).isDirectory());
  } catch {
    // no packs/: the other runs still fill the caches
  }
  // the Helm pack validated for each chart family (0.14, 0.15) no bundled pack targets: their validators get caches too
  const helm = packs.find((p) => /lb-metallb-helm-0\.16/.test(p));
  const families = helm ? ['0.14.9', '0.15.2'].map((v) => ['validate', '--metallb-version', v, helm]) : [];
  // the other read-only commands too (render, convert, inspect, package, unpack): without a cache,
  // their chunks (Handlebars templates, the archive code) are compiled on every run
  const manifestPack = packs.find((p) => /[\\/]lb-metallb-0\.13/.test(p));
  const out = join(tmp, 'out');
  const archiveRuns = manifestPack
    ? [['package', '--out', out, manifestPack], ['inspect', join(out, 'lb-metallb-0.13.5.tar.gz')], ['unpack', join(out, 'lb-metallb-0.13.5.tar.gz'), join(tmp, 'unpacked')]]
    : [];
  // Two rounds. A chunk's cache holds every function its training runs compiled, and all of it is
  // read back on each load: the chunks `validate` shares with other commands (the YAML library,
  // the rules, the CLI) are trained on validate alone, so that it does not load what render or
  // --help compiled. Round one trains everything; its caches are kept only for the chunks round
  // two (validate) does not load.
  const others = [
    ['--help'],
    ['validate', '--help'],
    ...packs.map((p) => ['render', p]),
    ...packs.filter((p) => /helm/.test(p)).map((p) => ['render', '--target', 'helm-values', p]),
    ['render', crs],
    ['render', '--out', join(tmp, 'rendered'), crs],
    ...packs.map((p) => ['inspect', p]),
    ['inspect', crs],
    ...packs.filter((p) => !/helm/.test(p)).map((p) => ['convert', '--to', 'helm-values', p]),
    ['convert', '--to', 'crs', crs],
    ...archiveRuns,
  ];
  const validateRuns = [...packs.map((p) => ['validate', p]), ...families, ['validate', crs], ['validate', '--format', 'json', crs]];
  const train = (runs) => {
    for (const args of runs) {
      spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, SPECTRO_PACK_CODE_CACHE: 'write', NO_COLOR: '1' } });
    }
  };
  const cacheFiles = () =>
    [OUT, VALIDATORS].flatMap((dir) => {
      try {
        return readdirSync(dir).filter((f) => f.endsWith('.v8cache')).map((f) => join(dir, f));
      } catch {
        return [];
      }
    });
  train(others);
  const roundOne = new Map(cacheFiles().map((f) => [f, readFileSync(f)]));
  for (const f of roundOne.keys()) rmSync(f);
  train(validateRuns);
  const roundTwo = new Set(cacheFiles());
  for (const [f, data] of roundOne) if (!roundTwo.has(f)) writeFileSync(f, data);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const cached = readdirSync(OUT).filter((f) => f.endsWith('.v8cache')).length;
process.stdout.write(`bundled ${chunks.length} chunks into ${OUT}, ${cached} with a code cache\n`);
