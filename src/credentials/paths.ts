import { homedir } from 'node:os';
import { join } from 'node:path';

export type Env = Record<string, string | undefined>;

export function homeDir(env: Env = process.env): string {
  return env['HOME'] || homedir();
}

/** The tool's own login store: $XDG_CONFIG_HOME/spectro-pack/auth.json, else ~/.config/spectro-pack/auth.json. */
export function authStorePath(env: Env = process.env): string {
  const base = env['XDG_CONFIG_HOME'] || join(homeDir(env), '.config');
  return join(base, 'spectro-pack', 'auth.json');
}

/** The spectro CLI's login file. */
export function spectroConfigPath(env: Env = process.env): string {
  return join(homeDir(env), '.spectro', 'config.json');
}

/** Docker's login file ($DOCKER_CONFIG/config.json when set). */
export function dockerConfigPath(env: Env = process.env): string {
  return join(env['DOCKER_CONFIG'] || join(homeDir(env), '.docker'), 'config.json');
}

/** `https://Host:443/v1/` → `host:443`: the form logins are keyed by. */
export function hostKey(s: string): string {
  return s.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
}
