import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BIN, FIXTURES, cli, expectGolden, expectNoStack, expectOneLineFailure } from './helpers.js';

// each test starts real processes; a loaded CI machine needs more than vitest's 5 s default
vi.setConfig({ testTimeout: 60_000 });

const ANSI = /\u001b\[\d+(;\d+)*m/;
const NO_COLOR = { NO_COLOR: '1' };

describe('validate: golden stdout (stylish, json)', () => {
  const cases: [string, number][] = [
    ['clean.yaml', 0],
    ['indent.yaml', 0],
    ['broken.yaml', 1],
  ];
  for (const [file, code] of cases) {
    for (const format of ['stylish', 'json']) {
      it(`${file} --format ${format} → exit ${code}`, () => {
        const r = cli(['validate', '--format', format, file], { env: NO_COLOR });
        expectNoStack(r);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(code);
        expectGolden(`validate/${file.replace(/\.yaml$/, '')}.${format === 'json' ? 'json' : 'stylish.txt'}`, r.stdout);
      });
    }
  }

  it('several paths: one result per path, findings sorted by file and position, each with its code', () => {
    const r = cli(['validate', '--format', 'json', 'indent.yaml', 'broken.yaml'], { env: NO_COLOR });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { target: string }) => x.target)).toEqual(['indent.yaml', 'broken.yaml']);
    for (const res of out.results) {
      const pos = res.diagnostics.map((d: { range?: { start: { line: number; column: number } } }) => (d.range ? d.range.start.line * 1e6 + d.range.start.column : 0));
      expect(pos).toEqual([...pos].sort((a, b) => a - b));
      for (const d of res.diagnostics) expect(d.code).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
    }
    const stylish = cli(['validate', 'indent.yaml', 'broken.yaml'], { env: NO_COLOR }).stdout;
    for (const line of stylish.split('\n').filter((l) => /^\s+\S+:\d+:\d+\s/.test(l))) expect(line).toMatch(/ [a-z-]+\/[a-z0-9-]+$/);
  });
});

describe('validate: --format', () => {
  it('sarif is SARIF 2.1.0 with the rule catalog', () => {
    const r = cli(['validate', '--format', 'sarif', 'broken.yaml'], { env: NO_COLOR });
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('spectro-pack');
    expect(driver.rules.map((x: { id: string }) => x.id)).toContain('yaml/duplicate-key');
    const res = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'yaml/duplicate-key');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('broken.yaml');
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 3 });
    expect(driver.rules[res.ruleIndex].id).toBe('yaml/duplicate-key');
  });

  it('github prints workflow commands', () => {
    const r = cli(['validate', '--format', 'github', 'broken.yaml', 'indent.yaml'], { env: NO_COLOR });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.find((l) => l.includes('title=yaml/duplicate-key'))).toMatch(
      /^::error file=broken\.yaml,line=5,col=3,endLine=5,endColumn=\d+,title=yaml\/duplicate-key::key `name` is repeated in this mapping/,
    );
    expect(lines.some((l) => l.startsWith('::warning file=indent.yaml,line=7,col=4,'))).toBe(true);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=/);
  });

  it('junit prints one testsuite per target', () => {
    const r = cli(['validate', '--format', 'junit', 'broken.yaml', 'clean.yaml'], { env: NO_COLOR });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(r.stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(r.stdout).toContain('<testcase classname="clean.yaml" name="clean.yaml"/>');
    expect(r.stdout).toContain('<failure type="yaml/duplicate-key"');
  });

  it('an unknown format is a usage error', () => {
    expectOneLineFailure(cli(['validate', '--format', 'xml', 'clean.yaml']), /--format/);
  });
});

describe('validate: --fail-on and exit codes', () => {
  it('warnings only: exit 0 by default, 1 with --fail-on warning', () => {
    expect(cli(['validate', 'indent.yaml']).status).toBe(0);
    expect(cli(['validate', '--fail-on', 'error', 'indent.yaml']).status).toBe(0);
    expect(cli(['validate', '--fail-on', 'warning', 'indent.yaml']).status).toBe(1);
    expect(cli(['validate', '--fail-on=warning', 'indent.yaml']).status).toBe(1);
  });
  it('errors: exit 1 with either threshold; clean: 0 with either', () => {
    expect(cli(['validate', '--fail-on', 'warning', 'broken.yaml']).status).toBe(1);
    expect(cli(['validate', '--fail-on', 'error', 'broken.yaml']).status).toBe(1);
    expect(cli(['validate', '--fail-on', 'warning', 'clean.yaml']).status).toBe(0);
  });
  it('a bad --fail-on is a usage error', () => {
    expectOneLineFailure(cli(['validate', '--fail-on', 'fatal', 'clean.yaml']), /fail-on/);
  });
  it('an unreadable path among good ones: the others are still reported, exit 2', () => {
    const r = cli(['validate', '--format', 'json', 'clean.yaml', 'does-not-exist.yaml', 'broken.yaml']);
    expectOneLineFailure(r, /^spectro-pack: does-not-exist\.yaml: no such file or directory/);
    expect(JSON.parse(r.stdout).results.map((x: { target: string }) => x.target)).toEqual(['clean.yaml', 'broken.yaml']);
  });
});

describe('validate: options', () => {
  it('PATH defaults to . (a pack directory); files are pack-root-relative', () => {
    const r = cli(['validate', '--format', 'json'], { cwd: join(FIXTURES, 'pack') });
    expectNoStack(r);
    // the fixture pack has no logo.png, README.md nor pack.content.images: three errors → exit 1
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { target: string }) => x.target)).toEqual(['.']);
    expect(out.results[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['pack/missing-logo', 'pack/missing-readme', 'pack/no-images']);
    for (const d of out.results[0].diagnostics) expect(d.file).not.toMatch(/^(\.\/|\/)/);
  });

  it('--values is repeatable and every layer is read and reported', () => {
    const one = cli(['validate', 'values.yaml', '--values', 'values-extra.yaml']);
    expect(one.stderr).toBe('');
    const two = cli(['validate', '--format', 'json', 'values.yaml', '--values', 'values-extra.yaml', '--values', 'values-dup.yaml']);
    expect(two.status).toBe(1);
    const files = JSON.parse(two.stdout).results[0].diagnostics.map((d: { file: string; code: string }) => `${d.file} ${d.code}`);
    expect(files).toContain('values-dup.yaml yaml/duplicate-key');
  });

  it('a missing --values file: exit 2, one line', () => {
    expectOneLineFailure(cli(['validate', 'values.yaml', '--values', 'nope.yaml']), /nope\.yaml: no such file/);
  });

  it('--metallb-version: a supported version works; 9.9.9 and garbage are usage errors', () => {
    expect(cli(['validate', '--metallb-version', '0.14.9', 'clean.yaml']).status).toBe(0);
    expectOneLineFailure(cli(['validate', '--metallb-version', '9.9.9', 'clean.yaml']), /9\.9\.9 is not supported/);
    expectOneLineFailure(cli(['validate', '--metallb-version', 'latest', 'clean.yaml']), /not a version/);
  });

  it('--bgp-mode accepts native, frr, frr-k8s and nothing else', () => {
    for (const m of ['native', 'frr', 'frr-k8s']) expect(cli(['validate', '--bgp-mode', m, 'clean.yaml']).status).toBe(0);
    expectOneLineFailure(cli(['validate', '--bgp-mode', 'bird', 'clean.yaml']), /bgp-mode/);
  });

  it('unknown flags and commands: exit 2, one line', () => {
    expectOneLineFailure(cli(['validate', '--bogus', 'clean.yaml']), /unknown option '--bogus'/);
    expectOneLineFailure(cli(['validate', '--fomat', 'json', 'clean.yaml']), /unknown option/);
    expectOneLineFailure(cli(['frobnicate']), /unknown command/);
    expectOneLineFailure(cli(['validate', '--values']), /argument missing/);
  });

  it('--help and --version exit 0; no command prints help and exits 2', () => {
    const h = cli(['validate', '--help']);
    expect(h.status).toBe(0);
    for (const opt of ['--metallb-version', '--bgp-mode', '--values', '--format', '--fail-on']) expect(h.stdout).toContain(opt);
    const v = cli(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const none = cli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: spectro-pack');
  });
});

describe('validate: colour', () => {
  it('FORCE_COLOR=1 prints ANSI even into a pipe', () => {
    expect(cli(['validate', 'indent.yaml'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
  });
  it('no colour into a pipe by default', () => {
    expect(cli(['validate', 'indent.yaml']).stdout).not.toMatch(ANSI);
  });
  it('NO_COLOR suppresses it, even with FORCE_COLOR', () => {
    expect(cli(['validate', 'indent.yaml'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(cli(['validate', 'indent.yaml'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });
  it('FORCE_COLOR=0 means no colour', () => {
    expect(cli(['validate', 'indent.yaml'], { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(ANSI);
  });
  it('--no-color works before and after the subcommand', () => {
    for (const args of [['--no-color', 'validate', 'indent.yaml'], ['validate', '--no-color', 'indent.yaml'], ['validate', 'indent.yaml', '--no-color']]) {
      const r = cli(args, { env: { FORCE_COLOR: '1' } });
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(ANSI);
    }
  });
  it('--debug is accepted after the subcommand too', () => {
    expect(cli(['validate', '--debug', 'clean.yaml']).status).toBe(0);
  });
  it('machine formats never carry ANSI', () => {
    for (const f of ['json', 'sarif', 'github', 'junit']) expect(cli(['validate', '--format', f, 'indent.yaml'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });
});

describe('validate: stdout closed early (| head)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'spectro-pack-epipe-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('is harmless: no EPIPE error, no stack trace, the exit code is kept', () => {
    // thousands of findings: far more output than a pipe buffer holds
    const file = join(tmp, 'many.yaml');
    writeFileSync(file, 'a: 1\n'.repeat(5000));
    const script = `node "${BIN}" validate --format json "${file}" 2>"${tmp}/err" | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const err = spawnSync('cat', [join(tmp, 'err')], { encoding: 'utf8' }).stdout;
    expect(err).toBe('');
    expect(r.stdout.trim()).toBe('1');
  });
});
