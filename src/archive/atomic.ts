import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Runs `write(tmp)` against a temporary path beside `target` (same directory, so the rename is
 * atomic on one filesystem) and renames it into place only when `write` succeeds. On failure the
 * temporary file is removed: a reader never sees a partial archive.
 */
export async function writeAtomically<T>(target: string, write: (tmp: string) => Promise<T>): Promise<T> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const result = await write(tmp);
    await rename(tmp, target);
    return result;
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
