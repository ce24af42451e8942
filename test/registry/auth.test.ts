import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, logout } from '../../src/actions/login.js';
import { pullPack } from '../../src/actions/pull.js';
import { pushPack } from '../../src/actions/push.js';
import { listPackVersions } from '../../src/actions/tags.js';
import { resolveCredentials } from '../../src/credentials/lookup.js';
import { startProxy } from './fault-proxy.js';
import { makeArchive } from './fixtures.js';
import { skopeoRaw, startRegistry, tempDir, USER, type Registry } from './harness.js';

const fast = { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100, maxElapsedMs: 5_000 };
const home = (): Record<string, string> => ({ HOME: tempDir('spr-home-'), SOURCE_DATE_EPOCH: '1700000000' });
const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('basic auth (htpasswd, bcrypt)', () => {
  let reg: Registry;
  beforeAll(async () => {
    reg = await startRegistry('basic');
  }, 30_000);
  afterAll(async () => {
    await reg?.stop();
  });

  it('login verifies and stores the credentials (0600); push, tags and pull then use them; logout forgets', async () => {
    const env = home();
    const trace: string[] = [];
    const r = await login(reg.host, { ...USER, plainHttp: true, env, trace: (l) => trace.push(l) });
    expect(r.store).toBe(join(env.HOME!, '.config', 'spectro-pack', 'auth.json'));
    expect(statSync(r.store).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(r.store, 'utf8'))).toEqual({ auths: { [reg.host]: { auth: b64(`${USER.username}:${USER.password}`) } } });

    const archive = await makeArchive('authed', '1.0.0', 1000);
    const p = await pushPack(archive, { registry: reg.host, plainHttp: true, env, retry: fast, trace: (l) => trace.push(l) });
    expect(p).toMatchObject({ status: 'pushed', credentialSource: 'spectro-pack login' });
    expect((await listPackVersions('authed', { registry: reg.host, plainHttp: true, env })).versions).toEqual(['1.0.0']);
    const out = tempDir();
    await pullPack('authed:1.0.0', { registry: reg.host, plainHttp: true, env, out, trace: (l) => trace.push(l) });
    expect(readFileSync(join(out, 'authed-1.0.0.tar.gz')).equals(readFileSync(archive))).toBe(true);
    // skopeo (with its own credentials) sees the same manifest
    expect(JSON.parse(skopeoRaw(reg, 'spectro-packs/archive/authed:1.0.0').toString()).layers[0].annotations['org.opencontainers.image.title']).toBe('authed-1.0.0.tar.gz');

    const all = trace.join('\n');
    expect(all).not.toContain(USER.password);
    expect(all).not.toContain(b64(`${USER.username}:${USER.password}`));
    expect(all).toMatch(/PUT .*manifests/);

    expect(await logout(reg.host, { env })).toMatchObject({ removed: true });
    expect(await logout(reg.host, { env })).toMatchObject({ removed: false });
    await expect(pushPack(archive, { registry: reg.host, plainHttp: true, env, retry: fast })).rejects.toMatchObject({ message: expect.stringMatching(/authentication failed/), hint: expect.stringMatching(/login/) });
  });

  it('a wrong password is a clear error that never shows the password', async () => {
    const env = home();
    const err = await login(reg.host, { username: USER.username, password: 'wrong-Secret-123', plainHttp: true, env }).catch((e: unknown) => e as Error & { hint?: string });
    expect(err).toMatchObject({ name: 'SpectroPackError', message: expect.stringMatching(/authentication failed.*401/), hint: expect.stringMatching(/username and password/) });
    expect(`${err.message} ${err.hint} ${err.stack}`).not.toContain('wrong-Secret-123');
    expect(() => statSync(join(env.HOME!, '.config', 'spectro-pack', 'auth.json'))).toThrow();
  });

  it('finds credentials in order: flags, environment, own store, ~/.spectro/config.json, ~/.docker/config.json', async () => {
    const env = home();
    const host = reg.host;
    expect((await resolveCredentials({ host, env })).source).toBe('none');
    mkdirSync(join(env.HOME!, '.docker'));
    writeFileSync(join(env.HOME!, '.docker', 'config.json'), JSON.stringify({ auths: { [`https://${host}`]: { auth: b64(`${USER.username}:${USER.password}`) } } }));
    expect(await resolveCredentials({ host, env })).toMatchObject({ source: 'docker config', credentials: USER });
    // the docker login alone is enough to push
    const p = await pushPack(await makeArchive('docker-cred', '1.0.0', 10), { registry: host, plainHttp: true, env, retry: fast });
    expect(p.credentialSource).toBe('docker config');
    mkdirSync(join(env.HOME!, '.spectro'));
    writeFileSync(join(env.HOME!, '.spectro', 'config.json'), JSON.stringify({ auths: { [host]: { auth: b64('spectro:pw'), insecure: true } }, defaultRegistry: host }));
    expect(await resolveCredentials({ host, env })).toMatchObject({ source: '~/.spectro/config.json', credentials: { username: 'spectro', password: 'pw' } });
    const xdg = tempDir();
    await login(host, { ...USER, plainHttp: true, env: { ...env, XDG_CONFIG_HOME: xdg } });
    expect(statSync(join(xdg, 'spectro-pack', 'auth.json')).isFile()).toBe(true);
    expect((await resolveCredentials({ host, env: { ...env, XDG_CONFIG_HOME: xdg } })).source).toBe('spectro-pack login');
    const withEnv = { ...env, XDG_CONFIG_HOME: xdg, SPECTRO_PACK_USERNAME: 'e', SPECTRO_PACK_PASSWORD: 'p' };
    expect((await resolveCredentials({ host, env: withEnv })).source).toBe('environment');
    expect((await resolveCredentials({ host, env: withEnv, username: 'f', password: 'q' })).credentials).toEqual({ username: 'f', password: 'q' });
  });
});

describe('TLS with a self-signed certificate (openssl)', () => {
  let reg: Registry;
  beforeAll(async () => {
    reg = await startRegistry('tls');
  }, 30_000);
  afterAll(async () => {
    await reg?.stop();
  });

  it('is refused by default with a hint, works with --ca-file, and with --insecure plus a warning', async () => {
    const archive = await makeArchive('tls', '1.0.0', 100);
    await expect(pushPack(archive, { registry: reg.host, env: home(), retry: fast })).rejects.toMatchObject({
      message: expect.stringMatching(/TLS certificate .* could not be verified/),
      hint: expect.stringMatching(/--ca-file/),
    });
    const ok = await pushPack(archive, { registry: reg.host, caFile: reg.caFile, env: home(), retry: fast });
    expect(ok.warnings).toEqual([]);
    const again = await pushPack(archive, { registry: reg.host, insecure: true, env: home(), retry: fast });
    expect(again.status).toBe('up-to-date');
    expect(again.warnings.join()).toMatch(/verification is off/);
    const out = tempDir();
    await pullPack('tls:1.0.0', { registry: reg.host, caFile: reg.caFile, env: home(), out });
    expect(readFileSync(join(out, 'tls-1.0.0.tar.gz')).equals(readFileSync(archive))).toBe(true);
    await expect(pushPack(archive, { registry: reg.host, plainHttp: true, env: home(), retry: fast })).rejects.toThrow();
  });
});

describe('bearer tokens (auth.token, RS256 JWT with x5c)', () => {
  let reg: Registry;
  beforeAll(async () => {
    reg = await startRegistry('token');
  }, 30_000);
  afterAll(async () => {
    await reg?.stop();
  });

  it('push, pull and tags go through the token flow with scoped, cached tokens', async () => {
    const env = { ...home(), SPECTRO_PACK_USERNAME: USER.username, SPECTRO_PACK_PASSWORD: USER.password };
    const archive = await makeArchive('tokened', '0.1.0', 5000);
    const trace: string[] = [];
    const before = reg.token!.requests.length;
    const p = await pushPack(archive, { registry: reg.host, plainHttp: true, env, retry: fast, trace: (l) => trace.push(l) });
    expect(p).toMatchObject({ status: 'pushed', credentialSource: 'environment' });
    const asked = reg.token!.requests.slice(before);
    expect(asked.every((r) => r.ok && r.user === USER.username)).toBe(true);
    expect(asked.map((r) => r.scopes.join(' '))).toEqual(['', 'repository:spectro-packs/archive/tokened:pull,push']); // one per scope, cached
    expect(trace.join('\n')).not.toContain(USER.password);
    expect(trace.join('\n')).not.toMatch(/eyJ/); // no token in traces

    expect((await listPackVersions('tokened', { registry: reg.host, plainHttp: true, env })).versions).toEqual(['0.1.0']);
    const out = tempDir();
    await pullPack('tokened:0.1.0', { registry: reg.host, plainHttp: true, env, out });
    expect(readFileSync(join(out, 'tokened-0.1.0.tar.gz')).equals(readFileSync(archive))).toBe(true);
  });

  it('a wrong password is refused by the token service with a clear error', async () => {
    const env = { ...home(), SPECTRO_PACK_USERNAME: USER.username, SPECTRO_PACK_PASSWORD: 'nope-Wrong-9' };
    const err = await pushPack(await makeArchive('tokened', '0.2.0', 10), { registry: reg.host, plainHttp: true, env, retry: fast }).catch((e: unknown) => e as Error & { hint?: string });
    expect(err).toMatchObject({ message: expect.stringMatching(/authentication failed: the token service refused the credentials of user "packer"/), hint: expect.stringMatching(/username and password/) });
    expect(`${err.message} ${err.hint}`).not.toContain('nope-Wrong-9');
    const anon = await pushPack(await makeArchive('tokened', '0.2.0', 10), { registry: reg.host, plainHttp: true, env: home(), retry: fast }).catch((e: unknown) => e as Error & { hint?: string });
    expect(anon).toMatchObject({ message: expect.stringMatching(/anonymous/), hint: expect.stringMatching(/login/) });
  });

  it('a 401 on a request carrying a token forces a token refresh, then the push completes', async () => {
    const proxy = await startProxy(reg.host);
    try {
      const ch = `Bearer realm="${reg.token!.realm}",service="${reg.token!.service}",scope="repository:spectro-packs/archive/refresh:pull,push",error="invalid_token"`;
      proxy.rules.push({ method: 'PUT', path: /\/manifests\//, times: 1, fault: { kind: 'status', status: 401, headers: { 'www-authenticate': ch } } });
      const env = { ...home(), SPECTRO_PACK_USERNAME: USER.username, SPECTRO_PACK_PASSWORD: USER.password };
      const before = reg.token!.requests.length;
      const p = await pushPack(await makeArchive('refresh', '1.0.0', 100), { registry: proxy.host, plainHttp: true, env, retry: fast });
      expect(p.status).toBe('pushed');
      expect(reg.token!.requests.length - before).toBe(3); // ping, push scope, refreshed push scope
      const puts = proxy.log.filter((l) => l.method === 'PUT');
      expect(puts.every((l) => l.authorization)).toBe(true); // upload PUTs carry Authorization too
      expect(puts.filter((l) => /manifests/.test(l.path)).map((l) => l.status)).toEqual([401, 201]);
    } finally {
      await proxy.stop();
    }
  });
});
