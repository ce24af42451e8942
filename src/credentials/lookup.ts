import { usageError } from '../core/errors.js';
import type { Credentials } from '../registry/credentials.js';
import { findLogin, readAuthFile } from './auth-file.js';
import { dockerConfigPath, spectroConfigPath, type Env } from './paths.js';
import { LoginStore } from './store.js';

export type CredentialSource = 'flags' | 'environment' | 'spectro-pack login' | '~/.spectro/config.json' | 'docker config' | 'none';

export interface CredentialRequest {
  host: string;
  /** --username (with the password read from stdin by the CLI) */
  username?: string;
  password?: string;
  env?: Env;
}

/**
 * Credentials for a host, first found wins: flags, SPECTRO_PACK_USERNAME/SPECTRO_PACK_PASSWORD, the tool's
 * own store, ~/.spectro/config.json, ~/.docker/config.json. Returns where they came from (never the secret).
 */
export async function resolveCredentials(r: CredentialRequest): Promise<{ credentials?: Credentials; source: CredentialSource }> {
  const env = r.env ?? process.env;
  if (r.username !== undefined || r.password !== undefined) {
    if (!r.username || r.password === undefined) throw usageError('--username and --password-stdin go together');
    return { credentials: { username: r.username, password: r.password }, source: 'flags' };
  }
  const u = env['SPECTRO_PACK_USERNAME'];
  const p = env['SPECTRO_PACK_PASSWORD'];
  if (u && p !== undefined) return { credentials: { username: u, password: p }, source: 'environment' };
  const own = await new LoginStore(env).get(r.host);
  if (own) return { credentials: own, source: 'spectro-pack login' };
  const spectro = findLogin(await readAuthFile(spectroConfigPath(env)), r.host);
  if (spectro) return { credentials: spectro, source: '~/.spectro/config.json' };
  const docker = findLogin(await readAuthFile(dockerConfigPath(env)), r.host);
  if (docker) return { credentials: docker, source: 'docker config' };
  return { source: 'none' };
}
