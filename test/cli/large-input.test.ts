/**
 * A CR file over SPLIT_ABOVE is parsed in two parts, the second on a worker thread
 * (src/values/parallel-parse.ts). Through the real binary: the worker is used, and the output is
 * byte for byte what a run that parses the file whole on one thread (SPECTRO_PACK_PARSE_WORKER=off)
 * prints, findings in both halves included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateConfig } from '../../bench/gen-config.mjs';
import { SPLIT_ABOVE } from '../../src/values/source-file.js';
import { ROOT, cli } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'spectro-pack-large-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// counts the worker threads the CLI starts (the bundle reads worker_threads.Worker when it starts one)
const PROBE = join(tmp, 'count-workers.cjs');
writeFileSync(
  PROBE,
  `const wt = require('node:worker_threads');
const Real = wt.Worker;
let started = 0;
wt.Worker = class extends Real { constructor(...a) { super(...a); started++; } };
process.on('exit', () => process.stderr.write('\\n@@workers=' + started + '\\n'));
`,
);

function run(file: string, env: Record<string, string> = {}) {
  const r = cli(['validate', '--format', 'json', file], { cwd: ROOT, env, nodeArgs: ['--require', PROBE], timeout: 60_000 });
  const workers = Number(/@@workers=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { status: r.status, stdout: r.stdout, workers };
}

describe('validate: a file large enough to be parsed on two threads', { timeout: 60_000 }, () => {
  // 6 000 pools: about 1.3 MB; problems planted in the first and in the second half
  const base = generateConfig(6000, 20);
  const text = base
    .replace('  name: pool-7\n', '  name: pool-7\n  name: pool-7b\n')
    .replace('10.0.20.100-10.0.20.140', '10.0.20.140-10.0.20.100')
    .replace('10.22.200.10-10.22.200.40', '10.22.200.40-10.22.200.10')
    .replace('    - 10.23.1.100-10.23.1.140\n', '    - 10.23.1.100-10.23.1.140\n    - 10.23.1.120-10.23.1.130\n');
  const file = join(tmp, 'large.yaml');
  writeFileSync(file, text);
  const lines = text.split('\n').length;

  test('the worker is used, and the output equals a run without it', () => {
    expect(text.length).toBeGreaterThan(SPLIT_ABOVE);
    const withWorker = run(file);
    const without = run(file, { SPECTRO_PACK_PARSE_WORKER: 'off' });
    expect(withWorker.workers).toBe(1);
    expect(without.workers).toBe(0);
    expect(withWorker.status).toBe(1);
    expect(withWorker.stdout).toBe(without.stdout);
    const diags = (JSON.parse(withWorker.stdout).results[0].diagnostics as { code: string; range: { start: { line: number } } }[]).map((d) => ({ code: d.code, line: d.range.start.line }));
    expect(diags.some((d) => d.code === 'yaml/duplicate-key' && d.line < lines / 2)).toBe(true);
    expect(diags.filter((d) => d.code === 'metallb/address-range-reversed').map((d) => d.line < lines / 2)).toEqual([true, false]);
    expect(diags.some((d) => d.code === 'metallb/pool-overlap' && d.line > lines / 2)).toBe(true);
  });

  test('input the worker cannot process (nesting past the limit) fails as it does without a worker: one line, exit 2', () => {
    const deep = join(tmp, 'deep.yaml');
    writeFileSync(deep, `${base}---\n${'- '.repeat(80)}x\n`);
    const withWorker = cli(['validate', deep], { cwd: ROOT, timeout: 60_000 });
    const without = cli(['validate', deep], { cwd: ROOT, timeout: 60_000, env: { SPECTRO_PACK_PARSE_WORKER: 'off' } });
    expect(withWorker.status).toBe(2);
    expect(withWorker.stderr).toMatch(/^spectro-pack: .*deep\.yaml: YAML is nested more than 64 levels deep; flatten the document\n$/);
    expect(withWorker.stderr).toBe(without.stderr);
  });

  test('a worker that cannot even start (a preload that throws in worker threads) costs about a second, not a hang', () => {
    const failing = join(tmp, 'fail-in-workers.cjs');
    writeFileSync(failing, "if (!require('node:worker_threads').isMainThread) throw new Error('no workers here');\n");
    const t = Date.now();
    const r = cli(['validate', '--format', 'json', file], { cwd: ROOT, timeout: 60_000, env: { NODE_OPTIONS: `--require ${failing}` } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(run(file, { SPECTRO_PACK_PARSE_WORKER: 'off' }).stdout);
    expect(Date.now() - t).toBeLessThan(20_000);
  });

  test('a file under the threshold starts no worker', () => {
    const small = join(tmp, 'small.yaml');
    writeFileSync(small, generateConfig(50, 2));
    expect(run(small).workers).toBe(0);
  });
});
