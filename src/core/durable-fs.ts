import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

/** Creates `path` (it must not exist), writes `data` and fsyncs it before closing. */
export function writeDurably(path: string, data: string | Buffer): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    if (typeof data === 'string') writeSync(fd, data, null, 'utf8');
    else writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsyncs a directory so a rename inside it is durable; a no-op where directories cannot be synced. */
export function syncDir(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not every platform can fsync a directory; the rename stays atomic
  }
}
