import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectTree } from '../../src/archive/collect.js';
import { BUILTIN_EXCLUDES, IgnoreMatcher } from '../../src/archive/ignore.js';

let dir: string;
let root: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-collect-'));
  root = join(dir, 'pack');
  mkdirSync(join(root, 'manifests'), { recursive: true });
  writeFileSync(join(root, 'pack.json'), '{}');
  writeFileSync(join(root, 'manifests', 'a.yaml'), 'a: 1\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('collectTree', () => {
  it('lists files and folders sorted, honouring ignore rules', () => {
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'HEAD'), 'x');
    writeFileSync(join(root, 'notes.md~'), 'x');
    writeFileSync(join(root, 'debug.log'), 'x');
    const m = new IgnoreMatcher(BUILTIN_EXCLUDES, '*.log\n');
    expect(collectTree(root, { ignore: m, prefix: 'p-1' }).map((e) => e.path)).toEqual(['p-1', 'p-1/manifests', 'p-1/manifests/a.yaml', 'p-1/pack.json']);
  });

  it('stores a symlink to a file inside the pack as a regular file', () => {
    symlinkSync('manifests/a.yaml', join(root, 'link.yaml'));
    const e = collectTree(root).find((x) => x.path === 'link.yaml')!;
    expect(e.type).toBe('file');
    expect(e.source).toMatch(/manifests\/a\.yaml$/);
  });

  it('refuses a symlink that leaves the pack, naming it', () => {
    writeFileSync(join(dir, 'outside.txt'), 'secret');
    symlinkSync('../../outside.txt', join(root, 'manifests', 'evil.yaml'));
    expect(() => collectTree(root, { display: 'pack', what: 'the pack' })).toThrow(/leaves the pack/);
    try {
      collectTree(root, { display: 'pack' });
    } catch (e) {
      expect((e as { where: string }).where).toBe('pack/manifests/evil.yaml');
    }
    // unless ignored
    expect(() => collectTree(root, { ignore: new IgnoreMatcher('evil.yaml') })).not.toThrow();
  });

  it('refuses broken links and symlinked folders', () => {
    symlinkSync('nowhere', join(root, 'broken'));
    expect(() => collectTree(root)).toThrow(/broken symbolic link/);
    rmSync(join(root, 'broken'));
    symlinkSync('manifests', join(root, 'm2'));
    expect(() => collectTree(root)).toThrow(/symbolic link to a directory/);
  });

  it('refuses a fifo', () => {
    execFileSync('mkfifo', [join(root, 'pipe')]);
    expect(() => collectTree(root)).toThrow(/pipe.*|fifo/);
  });

  it('refuses a file over the size limit, naming it', () => {
    writeFileSync(join(root, 'big.bin'), Buffer.alloc(2048));
    expect(() => collectTree(root, { maxFileSize: 1024, display: 'pack' })).toThrow(/2048 bytes, over the 1024-byte limit/);
  });
});
