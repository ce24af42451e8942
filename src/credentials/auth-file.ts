import { readFile } from 'node:fs/promises';
import { runtimeError } from '../core/errors.js';
import type { Credentials } from '../registry/credentials.js';
import { hostKey } from './paths.js';

/** `{"auths": {"host": {"auth": base64(user:pass)} | {"username","password"}}}`: the docker/spectro shape. */
export interface AuthFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; insecure?: boolean }>;
  [k: string]: unknown;
}

export async function readAuthFile(path: string): Promise<AuthFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw runtimeError(path, `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    const parsed = JSON.parse(text) as AuthFile;
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    // never echo the text: it holds secrets
    throw runtimeError(path, 'is not valid JSON', 'fix or remove the file');
  }
}

/** The login for `host` in an auth file, matching keys written with a scheme or path too. */
export function findLogin(file: AuthFile | undefined, host: string): Credentials | undefined {
  const want = hostKey(host);
  for (const [key, entry] of Object.entries(file?.auths ?? {})) {
    if (hostKey(key) !== want || !entry) continue;
    if (entry.username && entry.password) return { username: entry.username, password: entry.password };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
    }
  }
  return undefined;
}

export function encodeLogin(c: Credentials): string {
  return Buffer.from(`${c.username}:${c.password}`).toString('base64');
}
