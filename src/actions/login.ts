import { usageError } from '../core/errors.js';
import { LoginStore } from '../credentials/store.js';
import type { Env } from '../credentials/paths.js';
import { connect, type TransportOptions } from '../registry/connect.js';
import { parseRegistry } from '../registry/reference.js';
import { registryHint } from './registry-hints.js';

export interface LoginOptions extends TransportOptions {
  username: string;
  password: string;
  env?: Env;
}

/** Checks the credentials against the registry (GET /v2/, token flow included), then stores them. */
export async function login(registry: string, o: LoginOptions): Promise<{ host: string; store: string; warnings: string[] }> {
  if (!o.username) throw usageError('a username is needed (--username)');
  if (!o.password) throw usageError('an empty password cannot log in', 'pipe it to --password-stdin');
  const { host } = parseRegistry(registry);
  const { client, warnings } = await connect(host, { username: o.username, password: o.password }, { ...o, plainHttp: o.plainHttp || parseRegistry(registry).plainHttp });
  try {
    await client.ping();
  } catch (e) {
    throw registryHint(e);
  } finally {
    await client.close();
  }
  const store = new LoginStore(o.env);
  await store.save(host, { username: o.username, password: o.password });
  return { host, store: store.path, warnings };
}

/** Forgets the stored login of a host; `removed` is false when there was none. */
export async function logout(registry: string, o: { env?: Env } = {}): Promise<{ host: string; removed: boolean; store: string }> {
  const { host } = parseRegistry(registry);
  const store = new LoginStore(o.env);
  return { host, removed: await store.remove(host), store: store.path };
}
