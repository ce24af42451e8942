import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectTree } from '../../src/archive/collect.js';
import { archiveMtime } from '../../src/archive/mtime.js';
import { writeTarGz } from '../../src/archive/write.js';
import { listArchive } from '../../src/archive/list.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-archive-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

function makeTree(root: string, order: string[], mtime: number): void {
  for (const name of order) {
    const f = join(root, name);
    mkdirSync(join(f, '..'), { recursive: true });
    writeFileSync(f, `content of ${name}\n`);
    utimesSync(f, mtime, mtime);
  }
  chmodSync(join(root, 'bin/run.sh'), 0o775);
}

describe('writeTarGz', () => {
  it('is reproducible: same bytes whatever the creation order, mtimes and umask-ish modes', async () => {
    const files = ['a.txt', 'b/c.yaml', 'b/d/e.json', 'bin/run.sh', 'Z.md'];
    const t1 = join(dir, 't1');
    const t2 = join(dir, 't2');
    makeTree(t1, files, 1_000_000);
    makeTree(t2, [...files].reverse(), 1_700_000_000);
    chmodSync(join(t2, 'a.txt'), 0o600);
    const a = await writeTarGz(join(dir, 'a.tar.gz'), collectTree(t1, { prefix: 'p-1.0' }));
    const b = await writeTarGz(join(dir, 'b.tar.gz'), collectTree(t2, { prefix: 'p-1.0' }));
    const c = await writeTarGz(join(dir, 'c.tar.gz'), collectTree(t1, { prefix: 'p-1.0' }));
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toBe(c.sha256);
    expect(sha(join(dir, 'a.tar.gz'))).toBe(a.sha256);
    expect(readFileSync(join(dir, 'a.tar.gz')).length).toBe(a.size);
  });

  it('writes a gzip header with MTIME 0, no name, XFL 0 and OS 3 (Unix)', async () => {
    const r = await writeTarGz(join(dir, 'x.tar.gz'), [{ path: 'f', type: 'file', content: Buffer.from('hi') }]);
    const head = readFileSync(r.path).subarray(0, 10);
    expect([...head]).toEqual([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
  });

  it('writes sorted entries, directories as entries, uid/gid 0, empty owner names, fixed mtime and normalised modes', async () => {
    const t = join(dir, 't');
    makeTree(t, ['z.txt', 'a/b.txt', 'bin/run.sh'], 1_234_567);
    const r = await writeTarGz(join(dir, 'o.tar.gz'), collectTree(t, { prefix: 'top' }), { mtime: new Date(0) });
    const tar = gunzipSync(readFileSync(r.path));
    const headers: { name: string; mode: string; uid: string; gid: string; mtime: string; uname: string; gname: string; magic: string }[] = [];
    for (let off = 0; off + 512 <= tar.length; ) {
      const h = tar.subarray(off, off + 512);
      if (h.every((b) => b === 0)) break;
      const str = (a: number, n: number) => h.subarray(a, a + n).toString('latin1').replace(/\0.*$/s, '');
      const size = parseInt(str(124, 12), 8);
      headers.push({ name: str(0, 100), mode: str(100, 8), uid: str(108, 8), gid: str(116, 8), mtime: str(136, 12), uname: str(265, 32), gname: str(297, 32), magic: str(257, 6) });
      off += 512 + Math.ceil(size / 512) * 512;
    }
    expect(headers.map((h) => h.name)).toEqual(['top/', 'top/a/', 'top/a/b.txt', 'top/bin/', 'top/bin/run.sh', 'top/z.txt']);
    expect(headers.map((h) => h.mode.trim())).toEqual(['000755', '000755', '000644', '000755', '000755', '000644']);
    for (const h of headers) {
      expect(parseInt(h.uid, 8)).toBe(0);
      expect(parseInt(h.gid, 8)).toBe(0);
      expect(parseInt(h.mtime, 8)).toBe(0);
      expect(h.uname).toBe('');
      expect(h.gname).toBe('');
      expect(h.magic).toBe('ustar');
    }
    // GNU tar agrees
    const listing = execFileSync('tar', ['-tvzf', r.path, '--numeric-owner'], { encoding: 'utf8' });
    expect(listing).toContain('-rwxr-xr-x 0/0');
    expect(listing).toContain('1970-01-01');
  });

  it('honours SOURCE_DATE_EPOCH', async () => {
    expect(archiveMtime({}).getTime()).toBe(0);
    expect(archiveMtime({ SOURCE_DATE_EPOCH: '1700000000' }).getTime()).toBe(1_700_000_000_000);
    expect(() => archiveMtime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
    const r = await writeTarGz(join(dir, 'e.tar.gz'), [{ path: 'f', type: 'file', content: Buffer.from('x') }], { mtime: archiveMtime({ SOURCE_DATE_EPOCH: '1700000000' }) });
    const l = await listArchive(r.path);
    expect(l.list[0]!.mtime).toBe('2023-11-14T22:13:20.000Z');
  });

  it('handles long paths with a deterministic PAX header that GNU tar reads', async () => {
    const long = `${'d'.repeat(120)}/${'f'.repeat(120)}.yaml`;
    const r1 = await writeTarGz(join(dir, 'l1.tar.gz'), [{ path: long, type: 'file', content: Buffer.from('x') }]);
    const r2 = await writeTarGz(join(dir, 'l2.tar.gz'), [{ path: long, type: 'file', content: Buffer.from('x') }]);
    expect(r1.sha256).toBe(r2.sha256);
    expect(execFileSync('tar', ['-tzf', r1.path], { encoding: 'utf8' }).trim()).toBe(long);
  });

  it('never leaves a partial archive when writing fails', async () => {
    const t = join(dir, 't');
    makeTree(t, ['a.txt', 'bin/run.sh'], 0);
    const entries = collectTree(t);
    rmSync(join(t, 'a.txt'));
    const target = join(dir, 'out.tar.gz');
    await expect(writeTarGz(target, entries)).rejects.toThrow(/cannot write archive|ENOENT/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('tmp'))).toEqual([]);
  });

  it('refuses a file that grows while being archived', async () => {
    const t = join(dir, 't');
    makeTree(t, ['a.txt', 'bin/run.sh'], 0);
    const entries = collectTree(t);
    writeFileSync(join(t, 'a.txt'), 'much longer content than before\n');
    await expect(writeTarGz(join(dir, 'o.tar.gz'), entries)).rejects.toThrow(/changed while being archived/);
    expect(existsSync(join(dir, 'o.tar.gz'))).toBe(false);
  });

  it('refuses unsafe and duplicate entry paths', async () => {
    await expect(writeTarGz(join(dir, 'o.tar.gz'), [{ path: '../x', type: 'file', content: Buffer.from('') }])).rejects.toThrow(/'\.\.'/);
    await expect(writeTarGz(join(dir, 'o.tar.gz'), [{ path: '/x', type: 'file', content: Buffer.from('') }])).rejects.toThrow(/absolute/);
    await expect(
      writeTarGz(join(dir, 'o.tar.gz'), [
        { path: 'x', type: 'file', content: Buffer.from('') },
        { path: 'x', type: 'file', content: Buffer.from('') },
      ]),
    ).rejects.toThrow(/twice/);
  });
});
