import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/spectro-pack.js');
export const FIXTURES = join(ROOT, 'test/fixtures/cli');
export const GOLDEN = join(ROOT, 'test/golden/cli');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

/**
 * Runs the built CLI (`npm test` builds first) as a user would. The environment is scrubbed of
 * colour variables and NODE_OPTIONS unless `env` sets them, so results do not depend on the
 * developer's shell. `nodeArgs` go to node before the bin (a `--require` probe).
 */
export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; timeout?: number; nodeArgs?: string[] } = {}): Run {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  const env: Record<string, string | undefined> = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  delete env['NODE_OPTIONS'];
  Object.assign(env, opts.env ?? {});
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd: opts.cwd ?? FIXTURES,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: opts.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** The contract for every failure: exit 2 and exactly one line on stderr, no stack trace. */
export function expectOneLineFailure(r: Run, pattern?: RegExp): void {
  expect(r.stderr, 'stack trace on stderr').not.toMatch(/\n\s+at /);
  expect(r.stderr.endsWith('\n'), `stderr should end in a newline: ${JSON.stringify(r.stderr)}`).toBe(true);
  expect(r.stderr.trimEnd().split('\n'), `stderr should be one line: ${r.stderr}`).toHaveLength(1);
  expect(r.stderr).toMatch(/^spectro-pack: /);
  if (pattern) expect(r.stderr).toMatch(pattern);
  expect(r.status, `exit code (stderr: ${r.stderr})`).toBe(2);
}

/** No stack trace anywhere. */
export function expectNoStack(r: Run): void {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stdout).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
}

/**
 * Compares `actual` with the golden file `name` under test/golden/cli; with UPDATE_GOLDEN=1 the
 * file is (re)written instead. Review the diff of regenerated files before committing.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    if (process.env['UPDATE_GOLDEN'] !== '1' && process.env['CI']) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `golden ${name} differs (UPDATE_GOLDEN=1 regenerates it)`).toBe(readFileSync(file, 'utf8'));
}
