import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { registerInspect } from '../../src/cli/commands/inspect.js';
import { runCommand } from '../convert/run-cli.js';
import { writeRawTarGz } from '../archive/craft.js';
import { manifestPack, writeTree } from './fixtures.js';

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
    expect(r.stdout).toContain('no chart folder or sources.yaml found');
  });

  it('package prints notes as warnings: files outside the Palette layout, a previous archive left out', async () => {
    const p = join(dir, 'pack');
    manifestPack(p);
    writeTree(p, { '.env': 'TOKEN=x\n', 'notes.txt': 'todo\n', 'old.tar.gz': 'x', 'demo-manifests-0.9.0.tar.gz': 'previous', 'manifests/demo-manifests-1.0.0.tar.gz': 'previous' });
    const r = await run('package', p, '--out', join(dir, 'o'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: left out demo-manifests-0.9.0.tar.gz, manifests/demo-manifests-1.0.0.tar.gz: a previous archive of demo-manifests is never packed');
    expect(r.stderr).toContain('warning: outside the Palette pack layout, shipped as they are: .env, notes.txt, old.tar.gz (add them to .packignore to leave them out)');
  });
});

describe('inspect ARCHIVE verifies the archive (exit 1 on problems)', () => {
  async function packaged(): Promise<string> {
    const p = join(dir, 'pack');
    manifestPack(p);
    const r = await run('package', p, '--out', join(dir, 'o'), '--json');
    return JSON.parse(r.stdout).archive.path as string;
  }

  it('a good archive: listing on stdout, nothing on stderr, exit 0; JSON says ok', async () => {
    const file = await packaged();
    const r = await runCommand(registerInspect, ['inspect', file], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/demo-manifests-1\.0\.0\/manifests\/app\.yaml/);
    const j = await runCommand(registerInspect, ['inspect', file, '--format', 'json'], dir);
    expect(j.status).toBe(0);
    expect(JSON.parse(j.stdout)).toMatchObject({ ok: true, topFolder: 'demo-manifests-1.0.0', pack: { name: 'demo-manifests', version: '1.0.0' }, problems: [], packProblems: [] });
  });

  it('a file name that does not match pack.json: exit 1, the problem on stderr', async () => {
    const file = await packaged();
    const renamed = join(dir, 'demo-manifests-2.0.0.tar.gz');
    copyFileSync(file, renamed);
    const r = await runCommand(registerInspect, ['inspect', renamed], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error ${renamed}: file name "demo-manifests-2.0.0.tar.gz" should be "demo-manifests-1.0.0.tar.gz"`);
    expect(r.stderr).toContain('1 problem: not a valid pack archive');
    expect(r.stdout).toContain('sha256 ');
  });

  it('unsafe entries, several top folders, a folder name not matching pack.json: all reported, exit 1', async () => {
    const f = join(dir, 'evil-1.0.0.tar.gz');
    writeRawTarGz(f, [
      { path: 'evil-1.0.0/pack.json', body: '{"name":"evil","version":"1.0.1"}' },
      { path: 'evil-1.0.0/up', type: 'SymbolicLink', linkpath: '../../etc' },
      { path: 'evil-1.0.0/pack.json/x', body: 'under a file' },
    ]);
    const r = await runCommand(registerInspect, ['inspect', f], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Refused by extraction:');
    expect(r.stderr).toContain('entry "evil-1.0.0/up": link target "../../etc" leaves the extraction folder');
    expect(r.stderr).toContain('entry "evil-1.0.0/pack.json/x": it lies under "evil-1.0.0/pack.json", which is a file, not a folder');
    expect(r.stderr).toContain('top folder "evil-1.0.0" should be "evil-1.0.1" (pack.json name-version)');
    const j = JSON.parse((await runCommand(registerInspect, ['inspect', f, '--format', 'json'], dir)).stdout);
    expect(j.ok).toBe(false);
    expect(j.problems.map((p: { path: string }) => p.path)).toEqual(['evil-1.0.0/up', 'evil-1.0.0/pack.json/x']);
    expect(j.packProblems).toEqual(['top folder "evil-1.0.0" should be "evil-1.0.1" (pack.json name-version)', 'file name "evil-1.0.0.tar.gz" should be "evil-1.0.1.tar.gz"']);
    const two = join(dir, 'two.tar.gz');
    writeRawTarGz(two, [{ path: 'a/pack.json', body: '{}' }, { path: 'b/x', body: 'x' }]);
    const t = await runCommand(registerInspect, ['inspect', two], dir);
    expect(t.status).toBe(1);
    expect(t.stderr).toContain('has 2 top-level entries (a, b); a pack archive holds a single folder NAME-VERSION/');
  });

  it('a corrupt archive is a runtime failure (exit 2, one line)', async () => {
    const f = join(dir, 'bad.tar.gz');
    writeFileSync(f, Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]));
    const r = await runCommand(registerInspect, ['inspect', f], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not a valid (gzip|tar)/);
  });
});
