import { chmodSync, closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, expectNoStack, expectOneLineFailure } from '../cli/helpers.js';

// each test starts real processes; a loaded CI machine needs more than vitest's 5 s default
vi.setConfig({ testTimeout: 60_000 });

/**
 * Hostile or broken input through the real binary: every case ends with a clear exit code and,
 * for failures, exactly one line on stderr and no stack trace. Files are generated in a temp dir.
 */
let tmp: string;
const f = (name: string) => join(tmp, name);
const run = (...args: string[]) => cli(['validate', ...args], { cwd: tmp, env: { NO_COLOR: '1' } });

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'spectro-pack-robust-'));
});
afterAll(() => {
  try {
    chmodSync(f('locked.yaml'), 0o644);
  } catch {
    /* not created */
  }
  rmSync(tmp, { recursive: true, force: true });
});

describe('unreadable input: exit 2, one line', () => {
  it('a path that does not exist', () => {
    expectOneLineFailure(run('missing.yaml'), /missing\.yaml: no such file or directory/);
  });

  it('a file without read permission (or, as root, a stand-in)', () => {
    writeFileSync(f('locked.yaml'), 'a: 1\n');
    chmodSync(f('locked.yaml'), 0o000);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot) {
      expectOneLineFailure(run('locked.yaml'), /locked\.yaml: permission denied/);
    } else {
      // root reads files whatever their mode, so chmod 000 proves nothing here. The same code path
      // (a path that exists but cannot be read as a file) is exercised with a dangling symlink and
      // with a directory where a file is expected (--values).
      symlinkSync(f('nowhere.yaml'), f('dangling.yaml'));
      expectOneLineFailure(run('dangling.yaml'), /dangling\.yaml: no such file or directory/);
      mkdirSync(f('a-directory.yaml'));
      writeFileSync(f('values.yaml'), 'manifests:\n  metallb:\n    addresses: [10.0.0.1-10.0.0.9]\n');
      expectOneLineFailure(run('values.yaml', '--values', 'a-directory.yaml'), /a-directory\.yaml: is a directory, expected a file/);
    }
  });

  it('a special file (/dev/null, a character device) is refused, not read', { skip: process.platform === 'win32' }, () => {
    // /dev/null: a character device
    expectOneLineFailure(cli(['validate', '/dev/null'], { env: { NO_COLOR: '1' } }), /not a regular file/);
  });
});

describe('bad file contents: exit 2, one line', () => {
  it('a binary file', () => {
    writeFileSync(f('binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expectOneLineFailure(run('binary.yaml'), /binary\.yaml: binary file/);
  });

  it('an empty file, and one of only whitespace', () => {
    writeFileSync(f('empty.yaml'), '');
    expectOneLineFailure(run('empty.yaml'), /empty\.yaml: file is empty/);
    writeFileSync(f('blank.yaml'), '\n  \n\n');
    expectOneLineFailure(run('blank.yaml'), /blank\.yaml: file is empty/);
  });

  it('a 50 MB file (sparse) is refused quickly, without reading it', () => {
    const fd = openSync(f('huge.yaml'), 'w');
    writeSync(fd, 'a: ');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const t = Date.now();
    expectOneLineFailure(run('huge.yaml'), /huge\.yaml: file is too large/);
    expect(Date.now() - t).toBeLessThan(10_000);
  });

  it('invalid UTF-8', () => {
    writeFileSync(f('latin1.yaml'), Buffer.concat([Buffer.from('name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expectOneLineFailure(run('latin1.yaml'), /latin1\.yaml: invalid UTF-8 at byte offset 9/);
  });

  it('100 000 nested flow sequences', () => {
    writeFileSync(f('deep-seq.yaml'), '['.repeat(100_000) + ']'.repeat(100_000) + '\n');
    expectOneLineFailure(run('deep-seq.yaml'), /deep-seq\.yaml: .*nested/);
  });

  it('100 000 unclosed [', () => {
    writeFileSync(f('open-seq.yaml'), '['.repeat(100_000));
    expectOneLineFailure(run('open-seq.yaml'), /open-seq\.yaml: .*nested/);
  });

  it('10 000 nested flow maps', () => {
    writeFileSync(f('deep-flow-map.yaml'), '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000) + '\n');
    expectOneLineFailure(run('deep-flow-map.yaml'), /deep-flow-map\.yaml: .*nested/);
  });

  it('10 000 nested block maps', () => {
    // one more space per level: 10 000 levels is ~50 MB of indentation, so the size limit answers
    // first; 2 000 levels (2 MB) reaches the depth limit.
    let deep = '';
    for (let i = 0; i < 2_000; i++) deep += ' '.repeat(i) + 'k:\n';
    writeFileSync(f('deep-block-map.yaml'), deep + ' '.repeat(2_000) + 'v: 1\n');
    expectOneLineFailure(run('deep-block-map.yaml'), /deep-block-map\.yaml: .*nested/);
    let deeper = '';
    for (let i = 0; i < 10_000; i++) deeper += ' '.repeat(i) + 'k:\n';
    writeFileSync(f('deeper-block-map.yaml'), deeper);
    expectOneLineFailure(run('deeper-block-map.yaml'), /deeper-block-map\.yaml: (.*nested|file is too large)/);
  });

  it('10 000 nested block sequences on one line (`- - - …`)', () => {
    writeFileSync(f('dash-seq.yaml'), '- '.repeat(10_000) + 'x\n');
    expectOneLineFailure(run('dash-seq.yaml'), /dash-seq\.yaml: .*nested/);
  });
});

describe('findings, not failures', () => {
  it('a YAML alias bomb is an error finding (exit 1), found quickly', () => {
    const names = 'abcdefghij';
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < names.length; i++) bomb += `${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]\n`;
    writeFileSync(f('bomb.yaml'), bomb);
    const t = Date.now();
    const r = cli(['validate', '--format', 'json', 'bomb.yaml'], { cwd: tmp });
    expect(Date.now() - t).toBeLessThan(10_000);
    expectNoStack(r);
    expect(r.status).toBe(1);
    const codes = JSON.parse(r.stdout).results[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toContain('yaml/alias-bomb');
  });

  it('a directory without pack.json: pack/missing-file, exit 1', () => {
    mkdirSync(f('not-a-pack'));
    writeFileSync(f('not-a-pack/notes.txt'), 'hello\n');
    const r = cli(['validate', '--format', 'json', 'not-a-pack'], { cwd: tmp });
    expectNoStack(r);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const diags = JSON.parse(r.stdout).results[0].diagnostics as { code: string; file: string }[];
    expect(diags).toContainEqual(expect.objectContaining({ code: 'pack/missing-file', file: 'not-a-pack/pack.json' }));
  });

  it('an empty directory: the same, not a crash', () => {
    mkdirSync(f('empty-dir'));
    const r = run('empty-dir');
    expectNoStack(r);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('pack/missing-file');
  });

  it('YAML that is not a MetalLB input: exit 2, one line saying what is expected', () => {
    writeFileSync(f('other.yaml'), 'hello: world\n');
    expectOneLineFailure(run('other.yaml'), /other\.yaml: is not a MetalLB pack values file/);
  });

  it('a file of unbalanced garbage: findings, no crash', () => {
    writeFileSync(f('garbage.yaml'), '}{][: : :\n\t- "unterminated\n');
    const r = run('garbage.yaml');
    expectNoStack(r);
    expect([1, 2]).toContain(r.status);
    if (r.status === 2) expectOneLineFailure(r);
  });
});
