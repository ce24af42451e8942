/**
 * What a start of the built CLI loads (bin/spectro-pack.js → bin/load-bundle.cjs → dist/bundle):
 * these are the decisions behind the start-up figures of bench/run.mjs, checked on the real binary
 * so that a refactor cannot undo one silently (the CLI would still work, only slower).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, cli } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'spectro-pack-startup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A preload that reports, at exit, which CommonJS modules Node loaded and whether the ES module
// loader ran (the chunks themselves are compiled by load-bundle.cjs and are not in require.cache).
const PROBE = join(tmp, 'probe.cjs');
writeFileSync(
  PROBE,
  `process.on('exit', () => {
  const loaded = Object.keys(require.cache);
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule '));
  process.stderr.write('\\n@@' + JSON.stringify({
    ajv: loaded.some((k) => /[\\\\/]node_modules[\\\\/]ajv[\\\\/]/.test(k)),
    cjs: loaded.map((k) => k.replace(${JSON.stringify(ROOT)}, '')),
    esmLoader: builtins.includes('NativeModule internal/modules/esm/module_job'),
    childProcess: builtins.includes('NativeModule child_process'),
    workerThreads: builtins.includes('NativeModule worker_threads'),
  }) + '\\n');
});
`,
);

function probe(args: string[]): { status: number | null; stdout: string; report: { ajv: boolean; cjs: string[]; esmLoader: boolean; childProcess: boolean; workerThreads: boolean } } {
  const r = cli(args, { cwd: ROOT, nodeArgs: ['--require', PROBE] });
  const line = /\n@@(.*)\n$/.exec(r.stderr);
  expect(line, `probe output missing; stderr: ${r.stderr}`).not.toBeNull();
  return { status: r.status, stdout: r.stdout, report: JSON.parse(line![1]!) };
}

describe('start-up of the built CLI', { timeout: 60_000 }, () => {
  test('validating a Helm pack uses the precompiled validators (never ajv), without the ES module loader, child_process or worker_threads', () => {
    const { status, report } = probe(['validate', 'packs/lb-metallb-helm-0.16.1']);
    expect(status).toBe(0);
    expect(report.ajv, 'ajv was loaded: a precompiled validator failed to load through the bundle').toBe(false);
    expect(report.esmLoader, 'the ES module loader ran: bin/ must stay CommonJS').toBe(false);
    expect(report.childProcess, 'child_process loaded at start-up (commander requires it eagerly; load-bundle.cjs defers it)').toBe(false);
    expect(report.workerThreads, 'worker_threads loaded for a small input (src/values/parallel-parse.ts loads it on use)').toBe(false);
    // only the bin files go through Node's own CommonJS loader; bundle chunks and validators do not
    expect(report.cjs.filter((k) => !k.includes('node_modules') && !k.endsWith('probe.cjs')).sort()).toEqual(['/bin/load-bundle.cjs', '/bin/spectro-pack.js']);
  });

  test('the deferred child_process behaves like the module when a chunk uses it', () => {
    const script = `
      const cp = require(${JSON.stringify(join(ROOT, 'bin/load-bundle.cjs'))}).deferredChildProcess;
      const before = process.moduleLoadList.includes('NativeModule child_process');
      const { execFileSync } = cp;
      const out = execFileSync(process.execPath, ['-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
      console.log(JSON.stringify({ before, out, has: 'spawn' in cp, keys: Object.keys(cp).includes('spawnSync'), same: cp.spawn === require('node:child_process').spawn }));`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ before: false, out: 'ok', has: true, keys: true, same: true });
  });

  test('the build wrote code caches for the chunks a validation loads', () => {
    const chunks = readdirSync(join(ROOT, 'dist/bundle'));
    expect(chunks).toContain('cli.cjs.v8cache');
    expect(chunks.filter((f) => /^validate-.*\.cjs\.v8cache$/.test(f))).toHaveLength(1);
  });

  test('every precompiled validator module has a code cache', () => {
    const files = readdirSync(join(ROOT, 'dist/schema/validators'));
    for (const mod of ['pack', 'helm', 'manifest', 'chart013', 'chart014', 'chart015', 'chart016', 'specs']) {
      expect(files, `${mod}.cjs`).toContain(`${mod}.cjs`);
      expect(files, `${mod}.cjs.v8cache`).toContain(`${mod}.cjs.v8cache`);
    }
  });
});
