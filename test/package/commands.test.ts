import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerDeps } from '../../src/cli/commands/deps.js';
import { registerPackage } from '../../src/cli/commands/package.js';
import { formatListing, registerUnpack } from '../../src/cli/commands/unpack.js';
import { listArchive } from '../../src/actions/unpack.js';
import type { Output } from '../../src/cli/output.js';
import { plainStyle } from '../../src/diagnostics/formatters/index.js';
import { manifestPack } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-cmd-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  let code = -1;
  const out = { style: plainStyle, color: false, stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), warn: (s: string) => (stderr += `warning: ${s}\n`), error: (w: string | undefined, m: string) => (stderr += `${w}: ${m}\n`) } as unknown as Output;
  const program = new Command('spectro-pack').exitOverride();
  const setExit = (c: number) => (code = c);
  registerPackage(program, out, setExit);
  registerUnpack(program, out, setExit);
  registerDeps(program, out, setExit);
  await program.parseAsync(['node', 'spectro-pack', ...args]);
  return { code, stdout, stderr };
}

describe('package / unpack / deps commands', () => {
  it('package prints path, size and sha256 (text and --json); unpack extracts', async () => {
    const p = join(dir, 'pack');
    manifestPack(p);
    const text = await run('package', p, '--out', join(dir, 'o'));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/demo-manifests-1\.0\.0\.tar\.gz\n {2}size {4}\d+ bytes \(7 entries\)\n {2}sha256 {2}[0-9a-f]{64}\n/);
    const json = await run('package', p, '--out', join(dir, 'o'), '--json');
    const r = JSON.parse(json.stdout);
    expect(r).toMatchObject({ ok: true, name: 'demo-manifests', version: '1.0.0', archive: { path: join(dir, 'o', 'demo-manifests-1.0.0.tar.gz') } });
    expect(text.stdout).toContain(r.archive.sha256);
    const u = await run('unpack', r.archive.path, '--out', join(dir, 'u'));
    expect(u.code).toBe(0);
    expect(u.stdout).toMatch(/demo-manifests-1\.0\.0\/ {2}\(7 entries/);
    const listing = formatListing(await listArchive(r.archive.path));
    expect(listing).toContain('pack demo-manifests 1.0.0');
    expect(listing).toMatch(/- 0644 +\d+ {2}demo-manifests-1\.0\.0\/pack\.json {2}[0-9a-f]{12}/);
  });

  it('package exits 1 with the diagnostics when the pack has errors', async () => {
    const p = join(dir, 'pack');
    manifestPack(p, { images: ['quay.io/demo/app:v1.0.0'] });
    const r = await run('package', p, '--out', join(dir, 'o'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('pack/image-not-listed');
    expect(r.stdout).toContain('quay.io/demo/sidecar:v2');
  });

  it('deps reports a folder without charts', async () => {
    const p = join(dir, 'pack');
    manifestPack(p);
    const r = await run('deps', p);
    expect(r.stdout).toContain('no chart folder found');
  });
});
