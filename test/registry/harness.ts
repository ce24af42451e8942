/**
 * Starts and stops real registries (Debian's docker-registry, distribution 2.8.2) on 127.0.0.1 for tests:
 * no auth, htpasswd (bcrypt) basic auth, TLS with an openssl self-signed cert, and bearer tokens from a
 * token endpoint of our own that signs RS256 JWTs (x5c header, cert in rootcertbundle).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export type Mode = 'plain' | 'basic' | 'tls' | 'token';

export interface Registry {
  mode: Mode;
  /** 127.0.0.1:PORT */
  host: string;
  dir: string;
  user?: { username: string; password: string };
  /** PEM of the registry's TLS certificate (tls mode) */
  caFile?: string;
  token?: TokenServer;
  /** the registry's log so far (stderr) */
  log(): string;
  stop(): Promise<void>;
}

export const USER = { username: 'packer', password: 's3cr3t-Pa55word!' };

const temps: string[] = [];
// registered in the root suite of every test file that imports the harness
afterAll(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp folder removed after the test file has run. */
export function tempDir(prefix = 'spr-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

/** A self-signed cert for 127.0.0.1, made by openssl. */
export function makeCert(dir: string, cn = '127.0.0.1'): { cert: string; key: string } {
  const cert = join(dir, `${cn}-cert.pem`);
  const key = join(dir, `${cn}-key.pem`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${cn}`, '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
  return { cert, key };
}

export async function startRegistry(mode: Mode = 'plain'): Promise<Registry> {
  const dir = tempDir('spr-reg-');
  const lines = ['version: 0.1', 'log:', '  level: info', '  accesslog:', '    disabled: true', 'storage:', '  filesystem:', `    rootdirectory: ${join(dir, 'data')}`, '  delete:', '    enabled: true', 'http:', '  addr: 127.0.0.1:0', `  secret: ${randomUUID()}`];
  let caFile: string | undefined;
  let token: TokenServer | undefined;
  if (mode === 'tls') {
    const { cert, key } = makeCert(dir);
    caFile = cert;
    lines.push('  tls:', `    certificate: ${cert}`, `    key: ${key}`);
  }
  if (mode === 'basic') {
    const entry = execFileSync('htpasswd', ['-Bbn', USER.username, USER.password]).toString();
    writeFileSync(join(dir, 'htpasswd'), entry);
    lines.push('auth:', '  htpasswd:', '    realm: test-realm', `    path: ${join(dir, 'htpasswd')}`);
  }
  if (mode === 'token') {
    token = await startTokenServer(dir);
    lines.push('auth:', '  token:', `    realm: ${token.realm}`, `    service: ${token.service}`, `    issuer: ${token.issuer}`, `    rootcertbundle: ${token.certFile}`);
  }
  const config = join(dir, 'config.yml');
  writeFileSync(config, lines.join('\n') + '\n');
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const host = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`registry did not start:\n${log}`)), 15_000);
    const onData = (b: Buffer): void => {
      log += b.toString();
      const m = /listening on (127\.0\.0\.1:\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stderr!.on('data', onData);
    child.stdout!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`registry exited (${code}):\n${log}`));
    });
  });
  return {
    mode, host, dir, caFile, token,
    user: mode === 'basic' || mode === 'token' ? USER : undefined,
    log: () => log,
    stop: async () => {
      await stopChild(child);
      await token?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certFile: string;
  /** token requests received, with the scopes asked (never the secret) */
  requests: { scopes: string[]; user?: string; ok: boolean }[];
  stop(): Promise<void>;
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

/** A token endpoint: Basic credentials → an RS256 JWT with an x5c header the registry verifies against its root bundle. */
export async function startTokenServer(dir: string): Promise<TokenServer> {
  const { cert, key } = makeCert(dir, 'token-signer');
  const der = new X509Certificate(readFileSync(cert)).raw.toString('base64');
  const privateKey: KeyObject = createPrivateKey(readFileSync(key));
  const service = 'spectro-test-registry';
  const issuer = 'spectro-test-issuer';
  const requests: TokenServer['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const scopes = url.searchParams.getAll('scope');
    const auth = req.headers.authorization ?? '';
    const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString() : '';
    const user = decoded.slice(0, decoded.indexOf(':'));
    const ok = decoded === `${USER.username}:${USER.password}`;
    requests.push({ scopes, user: user || undefined, ok });
    if (url.pathname !== '/token' || !ok) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="token"' });
      return res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
    }
    const now = Math.floor(Date.now() / 1000);
    const access = scopes.flatMap((s) => {
      const first = s.indexOf(':');
      const last = s.lastIndexOf(':');
      if (first < 0 || last <= first) return [];
      return [{ type: s.slice(0, first), name: s.slice(first + 1, last), actions: s.slice(last + 1).split(',') }];
    });
    const header = { typ: 'JWT', alg: 'RS256', x5c: [der] };
    const claims = { iss: issuer, sub: USER.username, aud: service, exp: now + 300, nbf: now - 5, iat: now, jti: randomUUID(), access };
    const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(signingInput), privateKey);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token: `${signingInput}.${b64url(signature)}`, expires_in: 300, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    realm: `http://127.0.0.1:${port}/token`, service, issuer, certFile: cert, requests,
    stop: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** `skopeo inspect --raw` of a reference: the manifest bytes as the registry serves them. */
export function skopeoRaw(reg: Registry, ref: string): Buffer {
  return execFileSync('skopeo', ['inspect', '--raw', ...skopeoTransportFlags(reg, 'inspect'), `docker://${reg.host}/${ref}`]);
}

/** `skopeo copy` of a reference into an OCI layout folder; returns the folder. */
export function skopeoCopyToOci(reg: Registry, ref: string, tag = 'x'): string {
  const out = tempDir('spr-oci-');
  execFileSync('skopeo', ['copy', '--quiet', ...skopeoTransportFlags(reg, 'src'), `docker://${reg.host}/${ref}`, `oci:${out}:${tag}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  return out;
}

export function skopeoTransportFlags(reg: Registry, side: 'inspect' | 'src' | 'dest'): string[] {
  const p = side === 'inspect' ? '' : `${side}-`;
  const flags = [`--${p}tls-verify=false`];
  if (reg.user) flags.push(`--${p}creds`, `${reg.user.username}:${reg.user.password}`);
  return flags;
}
