import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectTree } from '../../src/archive/collect.js';
import { extractArchive } from '../../src/archive/extract.js';
import { listArchive } from '../../src/archive/list.js';
import { writeTarGz } from '../../src/archive/write.js';
import { rawTar, writeRawTarGz } from './craft.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-extract-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('extractArchive / listArchive', () => {
  it('round-trips what writeTarGz wrote, with sha256 per file', async () => {
    const src = join(dir, 'src');
    mkdirSync(join(src, 'charts'), { recursive: true });
    writeFileSync(join(src, 'pack.json'), '{"name":"x"}');
    writeFileSync(join(src, 'charts', 'c.tgz'), Buffer.from([1, 2, 3]));
    const w = await writeTarGz(join(dir, 'x.tar.gz'), collectTree(src, { prefix: 'x-1.0.0' }));
    const l = await listArchive(w.path, { expectSha256: `sha256:${w.sha256}` });
    expect(l.sha256).toBe(w.sha256);
    expect(l.size).toBe(w.size);
    expect(l.problems).toEqual([]);
    expect(l.list.map((e) => [e.path, e.kind, e.size])).toEqual([
      ['x-1.0.0', 'directory', 0],
      ['x-1.0.0/charts', 'directory', 0],
      ['x-1.0.0/charts/c.tgz', 'file', 3],
      ['x-1.0.0/pack.json', 'file', 12],
    ]);
    expect(l.list[2]!.sha256).toBe('039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81');
    await expect(listArchive(w.path, { expectSha256: '00' })).rejects.toThrow(/expected 00/);

    const out = join(dir, 'out');
    const r = await extractArchive(w.path, out);
    expect(r.topLevel).toEqual(['x-1.0.0']);
    expect(readFileSync(join(out, 'x-1.0.0', 'pack.json'), 'utf8')).toBe('{"name":"x"}');
    expect(statSync(join(out, 'x-1.0.0', 'pack.json')).mode & 0o777).toBe(0o644);
    await expect(extractArchive(w.path, out)).rejects.toThrow(/already exists/);
  });

  const hostile: [string, Parameters<typeof rawTar>[0], RegExp][] = [
    ['absolute path', [{ path: '/etc/passwd', body: 'x' }], /absolute path/],
    ['dot-dot', [{ path: 'a/../../evil', body: 'x' }], /'\.\.'/],
    ['symlink leaving the folder', [{ path: 'a/l', type: 'SymbolicLink', linkpath: '../../etc' }], /leaves the extraction folder/],
    ['absolute symlink', [{ path: 'l', type: 'SymbolicLink', linkpath: '/etc/passwd' }], /absolute/],
    ['file through a symlink', [{ path: 'l', type: 'SymbolicLink', linkpath: '.' }, { path: 'l/x', body: 'x' }], /symbolic link/],
    ['character device', [{ path: 'dev', type: 'CharacterDevice' }], /character device/],
    ['fifo', [{ path: 'p', type: 'FIFO' }], /fifo/],
    ['hard link', [{ path: 'a', body: 'x' }, { path: 'b', type: 'Link', linkpath: 'a' }], /hard link/],
  ];
  it.each(hostile)('refuses %s and leaves nothing behind', async (_name, entries, re) => {
    const f = join(dir, 'h.tar.gz');
    writeRawTarGz(f, entries);
    const out = join(dir, 'out');
    await expect(extractArchive(f, out)).rejects.toThrow(re);
    expect(readdirSync(out)).toEqual([]);
    const l = await listArchive(f).catch((e: Error) => e);
    if (!(l instanceof Error) && !/hard link|symbolic link;/.test(String(re))) expect(l.problems.length).toBeGreaterThan(0);
  });

  it('refuses a tar bomb (declared sizes past the cap) before writing it', async () => {
    const f = join(dir, 'bomb.tar.gz');
    // 64 MiB of zeros compresses to ~64 KiB
    writeFileSync(f, gzipSync(rawTar([{ path: 'zeros', body: Buffer.alloc(64 * 1024 * 1024) }])));
    expect(statSync(f).size).toBeLessThan(200_000);
    const out = join(dir, 'out');
    await expect(extractArchive(f, out, { maxTotalSize: 1024 * 1024 })).rejects.toThrow(/expands past/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a gzip bomb whose headers lie', async () => {
    const f = join(dir, 'lie.tar.gz');
    // a valid small entry then 8 MiB of garbage after the end marker
    writeFileSync(f, gzipSync(Buffer.concat([rawTar([{ path: 'a', body: 'x' }]), Buffer.alloc(8 * 1024 * 1024)])));
    await expect(extractArchive(f, join(dir, 'out'), { maxTotalSize: 1024 * 1024, maxEntries: 10 })).rejects.toThrow(/expands past/);
  });

  it('refuses too many entries', async () => {
    const f = join(dir, 'many.tar.gz');
    writeRawTarGz(f, Array.from({ length: 50 }, (_, i) => ({ path: `f${i}`, body: '' })));
    await expect(extractArchive(f, join(dir, 'out'), { maxEntries: 20 })).rejects.toThrow(/more than 20 entries/);
  });

  it('reports a corrupt archive clearly', async () => {
    const f = join(dir, 'bad.tar.gz');
    writeFileSync(f, Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]));
    await expect(listArchive(f)).rejects.toThrow(/not a valid gzip|not a valid tar/);
    await expect(listArchive(join(dir, 'missing.tar.gz'))).rejects.toThrow(/no such file/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a link whose target climbs with ".." even when it looks inside (a chain through an earlier link escapes)', async () => {
    const f = join(dir, 'chain.tar.gz');
    // p/a/b/up -> ../.. resolves to p/; p/l -> a/b/up/../.. looks like p/ too, but through the link it is the parent of out/
    writeRawTarGz(f, [
      { path: 'p', type: 'Directory' },
      { path: 'p/a/b', type: 'Directory' },
      { path: 'p/a/b/up', type: 'SymbolicLink', linkpath: '../..' },
      { path: 'p/l', type: 'SymbolicLink', linkpath: 'a/b/up/../..' },
    ]);
    const out = join(dir, 'out');
    await expect(extractArchive(f, out, { allowSymlinks: true })).rejects.toThrow(/entry "p\/a\/b\/up" is refused: link target "\.\.\/\.\." has a '\.\.' segment/);
    expect(readdirSync(out)).toEqual([]);
    const l = await listArchive(f);
    expect(l.problems.map((p) => p.path)).toEqual(['p/a/b/up', 'p/l']);
    // links that point down are still accepted when asked for
    const ok = join(dir, 'down.tar.gz');
    writeRawTarGz(ok, [{ path: 'p/a/x', body: 'x' }, { path: 'p/l', type: 'SymbolicLink', linkpath: 'a/x' }]);
    const r = await extractArchive(ok, join(dir, 'out2'), { allowSymlinks: true });
    expect(readFileSync(join(dir, 'out2', 'p', 'l'), 'utf8')).toBe('x');
    expect(r.topLevel).toEqual(['p']);
  });

  it('refuses an entry under a file with a typed error naming both, never the staging folder', async () => {
    const f = join(dir, 'under.tar.gz');
    writeRawTarGz(f, [{ path: 'p-1/a', body: 'file' }, { path: 'p-1/a/b', body: 'under it' }]);
    const out = join(dir, 'out');
    const err = await extractArchive(f, out).catch((e: Error) => e);
    expect(err).toMatchObject({ name: 'SpectroPackError', where: f, message: 'entry "p-1/a/b" is refused: it lies under "p-1/a", which is a file, not a folder' });
    expect((err as Error).message).not.toMatch(/spectro-pack-unpack|EEXIST|internal/);
    expect(readdirSync(out)).toEqual([]);
    expect((await listArchive(f)).problems).toEqual([{ path: 'p-1/a/b', problem: 'it lies under "p-1/a", which is a file, not a folder' }]);
    // a file then a folder of the same path, and a file twice
    writeRawTarGz(f, [{ path: 'p-1/a', body: 'file' }, { path: 'p-1/a/', type: 'Directory' }]);
    await expect(extractArchive(f, out)).rejects.toThrow(/entry "p-1\/a\/" is refused: the same path is a file earlier in the archive/);
    writeRawTarGz(f, [{ path: 'p-1/a', body: 'one' }, { path: 'p-1/a', body: 'two' }]);
    await expect(extractArchive(f, out)).rejects.toThrow(/entry "p-1\/a" is refused: it appears twice/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('skips the "./" entry that `tar -C dir -czf x.tgz .` writes', async () => {
    const src = join(dir, 'src');
    mkdirSync(join(src, 'p-1', 'manifests'), { recursive: true });
    writeFileSync(join(src, 'p-1', 'pack.json'), '{}');
    writeFileSync(join(src, 'p-1', 'manifests', 'm.yaml'), 'kind: x\n');
    const f = join(dir, 'gnu.tgz');
    execFileSync('tar', ['-C', src, '-czf', f, '.']);
    expect(execFileSync('tar', ['-tzf', f], { encoding: 'utf8' }).split('\n')[0]).toBe('./');
    const l = await listArchive(f);
    expect(l.problems).toEqual([]);
    expect(l.list.map((e) => e.path).sort()).toEqual(['p-1', 'p-1/manifests', 'p-1/manifests/m.yaml', 'p-1/pack.json']);
    const r = await extractArchive(f, join(dir, 'out'));
    expect(r.topLevel).toEqual(['p-1']);
    expect(readFileSync(join(dir, 'out', 'p-1', 'manifests', 'm.yaml'), 'utf8')).toBe('kind: x\n');
  });
});
