import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SET_MARKER, writeFileSetAtomic } from '../../src/core/atomic-write.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'render-atomic-'));
const files = (m: Record<string, string>) => new Map(Object.entries(m));
const listing = (dir: string) => readdirSync(dir).sort();

describe('writeFileSetAtomic', () => {
  it('writes a new directory (creating parents) with exactly the set and a marker', () => {
    const root = fresh();
    const out = join(root, 'a/b/out');
    writeFileSetAtomic(out, files({ 'x.yaml': 'x: 1\n', 'y.yaml': 'y: 2\n' }));
    expect(listing(out)).toEqual([SET_MARKER, 'x.yaml', 'y.yaml']);
    expect(readFileSync(join(out, 'x.yaml'), 'utf8')).toBe('x: 1\n');
    expect(listing(join(root, 'a/b'))).toEqual(['out']); // no temporary directories left behind
  });

  it('replaces a previous set as a whole: stale files are gone', () => {
    const root = fresh();
    const out = join(root, 'out');
    writeFileSetAtomic(out, files({ 'old.yaml': 'o\n', 'keep.yaml': '1\n' }));
    writeFileSetAtomic(out, files({ 'keep.yaml': '2\n', 'new.yaml': 'n\n' }));
    expect(listing(out)).toEqual([SET_MARKER, 'keep.yaml', 'new.yaml']);
    expect(readFileSync(join(out, 'keep.yaml'), 'utf8')).toBe('2\n');
    expect(listing(root)).toEqual(['out']);
  });

  it('fills an existing empty directory', () => {
    const out = join(fresh(), 'empty');
    mkdirSync(out);
    writeFileSetAtomic(out, files({ 'a.yaml': 'a\n' }));
    expect(listing(out)).toEqual([SET_MARKER, 'a.yaml']);
  });

  it('refuses a non-empty directory it did not write, and a file, touching nothing', () => {
    const root = fresh();
    const mine = join(root, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'precious.txt'), 'keep me');
    expect(() => writeFileSetAtomic(mine, files({ 'a.yaml': 'a\n' }))).toThrow(/not empty/);
    expect(listing(mine)).toEqual(['precious.txt']);
    writeFileSync(join(root, 'file'), 'f');
    expect(() => writeFileSetAtomic(join(root, 'file'), files({ 'a.yaml': 'a\n' }))).toThrow(/not a directory/);
    expect(listing(root)).toEqual(['file', 'mine']);
  });

  it('a failure in the middle of the set leaves the previous set untouched and no temp files', () => {
    const root = fresh();
    const out = join(root, 'out');
    writeFileSetAtomic(out, files({ 'a.yaml': 'old a\n', 'b.yaml': 'old b\n' }));
    // the second file cannot be created (name longer than any file system allows)
    const failing = files({ 'a.yaml': 'new a\n', ['x'.repeat(300) + '.yaml']: 'boom\n', 'c.yaml': 'c\n' });
    expect(() => writeFileSetAtomic(out, failing)).toThrow(/cannot write/);
    expect(listing(out)).toEqual([SET_MARKER, 'a.yaml', 'b.yaml']);
    expect(readFileSync(join(out, 'a.yaml'), 'utf8')).toBe('old a\n');
    expect(listing(root)).toEqual(['out']);
  });

  it('refuses unsafe file names before writing anything', () => {
    const root = fresh();
    for (const bad of ['../evil.yaml', 'a/b.yaml', '..', '', SET_MARKER]) {
      expect(() => writeFileSetAtomic(join(root, 'out'), files({ [bad]: 'x' }))).toThrow(/unsafe/);
    }
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('follows a symlinked output directory and replaces its target', () => {
    const root = fresh();
    const real = join(root, 'real');
    writeFileSetAtomic(real, files({ 'a.yaml': '1\n' }));
    symlinkSync(real, join(root, 'link'));
    writeFileSetAtomic(join(root, 'link'), files({ 'b.yaml': '2\n' }));
    expect(listing(real)).toEqual([SET_MARKER, 'b.yaml']);
    expect(listing(join(root, 'link'))).toEqual([SET_MARKER, 'b.yaml']);
  });
});
