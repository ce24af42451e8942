import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerLogin } from '../../src/cli/commands/login.js';
import { registerLogout } from '../../src/cli/commands/logout.js';
import { progressReporter, registerPush } from '../../src/cli/commands/push.js';
import { registerPull } from '../../src/cli/commands/pull.js';
import { registerTags } from '../../src/cli/commands/tags.js';
import { Output } from '../../src/cli/output.js';
import { SpectroPackError } from '../../src/core/errors.js';
import { makeArchive } from './fixtures.js';
import { startRegistry, tempDir, USER, type Registry } from './harness.js';

type Captured = Output & { out: string; err: string };
/** An Output whose writes are kept instead of printed. */
async function captured(isTTY = false): Promise<Captured> {
  const o = (await Output.create(['--no-color'], { NO_COLOR: '1' }, isTTY)) as Captured;
  o.out = '';
  o.err = '';
  o.stdout = (s: string) => void (o.out += s);
  o.stderr = (s: string) => void (o.err += s);
  return o;
}

/** Runs the commands as main.ts will wire them, stdin optionally fed; returns exit code and output. */
async function run(argv: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  const out = await captured();
  const program = new Command('spectro-pack').version('0.0.0', '-V, --version').option('--debug').exitOverride().configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) });
  let code = 0;
  const set = (c: number): void => void (code = c);
  for (const r of [registerPush, registerPull, registerTags, registerLogin, registerLogout]) r(program, out, set);
  if (stdin !== undefined) vi.spyOn(process, 'stdin', 'get').mockReturnValue(Object.assign(Readable.from([Buffer.from(stdin)]), { isTTY: false }) as unknown as typeof process.stdin);
  try {
    await program.parseAsync(['node', 'spectro-pack', ...argv]);
  } catch (e) {
    if (e instanceof SpectroPackError) {
      out.error(e.where, e.message, e.hint);
      code = 2;
    } else if (e instanceof CommanderError) code = 2;
    else throw e;
  }
  return { code, out: out.out, err: out.err };
}

let reg: Registry;
let home: string;
const saved = { ...process.env };
beforeAll(async () => {
  reg = await startRegistry('basic');
}, 30_000);
afterAll(async () => {
  await reg?.stop();
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
});
const useHome = (): void => {
  home = tempDir('spr-clihome-');
  process.env['HOME'] = home;
  delete process.env['XDG_CONFIG_HOME'];
  process.env['SOURCE_DATE_EPOCH'] = '1700000000';
};

describe('CLI: login, push --json, tags, pull, logout', () => {
  it('works end to end and never prints the password, even with --debug', async () => {
    useHome();
    const login = await run(['--debug', 'login', reg.host, '--plain-http', '--username', USER.username, '--password-stdin'], `${USER.password}\n`);
    expect(login.code).toBe(0);
    expect(login.out).toContain(`logged in to ${reg.host} as ${USER.username}`);
    expect(statSync(join(home, '.config', 'spectro-pack', 'auth.json')).mode & 0o777).toBe(0o600);

    const archive = await makeArchive('cli-pack', '1.2.0', 3000);
    const push = await run(['--debug', 'push', archive, '--registry', reg.host, '--plain-http', '--json']);
    expect(push.code).toBe(0);
    const json = JSON.parse(push.out);
    expect(json).toMatchObject({ reference: `${reg.host}/spectro-packs/archive/cli-pack:1.2.0`, digest: expect.stringMatching(/^sha256:/), status: 'pushed' });
    expect(json.uploaded).toHaveLength(2);
    expect(json.skipped).toEqual([]);
    expect(push.err).toMatch(/warning: using plain HTTP/);
    expect(push.err).toMatch(/debug: PUT .*manifests\/1\.2\.0 -> 201/);

    const again = await run(['push', archive, '--registry', reg.host, '--plain-http']);
    expect(again.out).toMatch(/up to date .*nothing uploaded/);

    const other = await makeArchive('cli-pack', '1.2.0', 10, 'other');
    const refused = await run(['push', other, '--registry', reg.host, '--plain-http']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/tag already exists with other content/);
    expect(refused.err).toMatch(/; bump the version, or replace the tag with --force/);

    const tags = await run(['tags', 'cli-pack', '--registry', reg.host, '--plain-http']);
    expect(tags.out).toBe('1.2.0\n');
    const outDir = tempDir();
    const pull = await run(['pull', 'cli-pack:1.2.0', '--registry', reg.host, '--plain-http', '--out', outDir]);
    expect(pull.code).toBe(0);
    expect(readFileSync(join(outDir, 'cli-pack-1.2.0.tar.gz')).equals(readFileSync(archive))).toBe(true);

    // the archive holds cli-pack 1.2.0: publishing it under another name or version is refused
    const renamed = await run(['push', archive, '--registry', reg.host, '--plain-http', '--name', 'cli-renamed', '--pack-version', '9.0.0', '--json']);
    expect(renamed.code).toBe(2);
    expect(renamed.out).toBe('');
    expect(renamed.err).toMatch(/would be published as cli-renamed:9\.0\.0: name "cli-renamed" \(--name\) but pack\.json says "cli-pack"/);

    const logout = await run(['logout', reg.host]);
    expect(logout.out).toBe(`logged out of ${reg.host}\n`);
    const denied = await run(['push', archive, '--registry', reg.host, '--plain-http']);
    expect(denied.code).toBe(2);
    expect(denied.err).toMatch(/authentication failed/);

    const wrong = await run(['--debug', 'login', reg.host, '--plain-http', '--username', USER.username, '--password-stdin'], 'not-The-Password\n');
    expect(wrong.code).toBe(2);
    for (const r of [login, push, again, refused, tags, pull, logout, denied, wrong]) {
      const all = r.out + r.err;
      expect(all).not.toContain(USER.password);
      expect(all).not.toContain('not-The-Password');
      expect(all).not.toContain(Buffer.from(`${USER.username}:${USER.password}`).toString('base64'));
    }
  });

  it('usage errors: no target, --password-stdin without --username', async () => {
    useHome();
    const archive = await makeArchive('cli-usage', '1.0.0');
    expect((await run(['push', archive])).err).toMatch(/--registry HOST/);
    expect((await run(['push', archive, '--registry', reg.host, '--password-stdin'], 'x')).err).toMatch(/needs --username/);
  });

  it('progress: plain lines when not a TTY (CI), a redrawn bar on a TTY', async () => {
    const plain = await captured();
    const report = progressReporter(plain, false);
    const d = 'sha256:' + 'a'.repeat(64);
    report({ type: 'blob', digest: d, size: 10 * 1048576, state: 'uploading' });
    for (let s = 0; s <= 10 * 1048576; s += 1048576) report({ type: 'progress', digest: d, sent: s, size: 10 * 1048576 });
    report({ type: 'blob', digest: d, size: 10 * 1048576, state: 'uploaded' });
    expect(plain.err).not.toContain('\r');
    expect(plain.err.split('\n').filter(Boolean)).toEqual(['aaaaaaaaaaaa: uploading 10485760 bytes', 'aaaaaaaaaaaa: 25% (3145728/10485760 bytes)', 'aaaaaaaaaaaa: 50% (5242880/10485760 bytes)', 'aaaaaaaaaaaa: 75% (8388608/10485760 bytes)', 'aaaaaaaaaaaa: uploaded 10485760 bytes']);
    const tty = await captured(true);
    const bar = progressReporter(tty, true);
    bar({ type: 'progress', digest: d, sent: 10 * 1048576, size: 10 * 1048576 });
    expect(tty.err).toMatch(/\r.*\[#{30}\] 10\.0 MB \/ 10\.0 MB/);
  });
});

describe('CLI (main): secrets typed on the command line are never repeated', () => {
  /** Runs the real entry point (src/cli/main.ts) with the process's writes captured. */
  async function runMain(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; all: string }> {
    const { main } = await import('../../src/cli/main.js');
    let all = '';
    const capture = (s: string | Uint8Array): boolean => ((all += String(s)), true);
    vi.spyOn(process.stdout, 'write').mockImplementation(capture as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture as typeof process.stderr.write);
    Object.assign(process.env, env);
    try {
      const code = await main(['node', 'spectro-pack', ...argv]);
      return { code, all };
    } finally {
      vi.restoreAllMocks();
    }
  }

  it('masks user info in --registry (and SPECTRO_PACK_REGISTRY) and option values named password/token/secret', async () => {
    useHome();
    const archive = await makeArchive('cli-secret', '1.0.0');
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['push', archive, '--registry', 'user:hunter2@127.0.0.1:5000'], {}, /registry "\*\*\*@127\.0\.0\.1:5000": credentials do not belong in the registry address/],
      [['push', archive, '--registry', 'https://u:hunter2@reg.example.com/team'], {}, /registry "https:\/\/\*\*\*@reg\.example\.com\/team"/],
      [['push', archive, '--registry', 'u:hun/ter2@reg.example.com'], {}, /registry "\*\*\*@reg\.example\.com"/],
      [['tags', 'x', '--registry', 'ftp://u:hunter2@reg'], {}, /registry "ftp:\/\/\*\*\*@reg": only http/],
      [['pull', 'x:1.0.0'], { SPECTRO_PACK_REGISTRY: 'u:hunter2@reg.example.com' }, /\*\*\*@reg\.example\.com/],
      [['login', 'u:hunter2@reg.example.com', '--username', 'u', '--password-stdin'], {}, /\*\*\*@reg\.example\.com/],
      [['push', archive, '--password=hunter2'], {}, /unknown option '--password=\*\*\*'/],
      [['push', archive, "--registry-password=hun'ter2 x"], {}, /unknown option '--registry-password=\*\*\*'/],
      [['login', 'reg.example.com', '--token=hunter2'], {}, /unknown option '--token=\*\*\*'/],
      [['pull', 'x:1.0.0', '--client-secret=hunter2'], {}, /unknown option '--client-secret=\*\*\*'/],
    ];
    for (const [argv, env, expected] of cases) {
      const r = await runMain(argv, env);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.all, argv.join(' ')).toMatch(expected);
      expect(r.all, argv.join(' ')).not.toMatch(/hunter2|hun\/ter2|hun'ter2|ter2/);
      for (const k of Object.keys(env)) delete process.env[k];
    }
  });
});
