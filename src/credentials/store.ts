import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Credentials } from '../registry/credentials.js';
import { encodeLogin, findLogin, readAuthFile, type AuthFile } from './auth-file.js';
import { authStorePath, hostKey, type Env } from './paths.js';

/** The tool's own logins (auth.json, mode 0600, folder 0700). */
export class LoginStore {
  readonly path: string;
  constructor(env: Env = process.env) {
    this.path = authStorePath(env);
  }

  async get(host: string): Promise<Credentials | undefined> {
    return findLogin(await readAuthFile(this.path), host);
  }

  async save(host: string, c: Credentials): Promise<void> {
    const file: AuthFile = (await readAuthFile(this.path)) ?? {};
    file.auths = { ...file.auths, [hostKey(host)]: { auth: encodeLogin(c) } };
    await this.write(file);
  }

  /** Returns false when there was no login for the host. */
  async remove(host: string): Promise<boolean> {
    const file = await readAuthFile(this.path);
    const key = Object.keys(file?.auths ?? {}).find((k) => hostKey(k) === hostKey(host));
    if (!file?.auths || key === undefined) return false;
    delete file.auths[key];
    await this.write(file);
    return true;
  }

  private async write(file: AuthFile): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify(file, null, 2) + '\n', { mode: 0o600 });
      await chmod(tmp, 0o600);
      await rename(tmp, this.path);
    } finally {
      await rm(tmp, { force: true });
    }
  }
}
