import { Transform } from 'node:stream';
import { constants, createGzip, type Gzip } from 'node:zlib';

/** RFC 1952 OS byte for Unix; written whatever the host so that Windows builds give the same bytes. */
export const GZIP_OS_UNIX = 3;

/**
 * A gzip stream with a reproducible header: node's zlib writes MTIME 0, no FNAME/FCOMMENT
 * (FLG 0), and XFL from the level; the OS byte (offset 9) depends on the platform zlib was built
 * for, so it is pinned to 3 (Unix) here.
 */
export function deterministicGzip(level = constants.Z_DEFAULT_COMPRESSION): [Gzip, Transform] {
  const gzip = createGzip({ level, chunkSize: 64 * 1024 });
  let seen = 0;
  const pin = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (seen <= 9 && seen + chunk.length > 9) {
        chunk = Buffer.from(chunk);
        chunk[9 - seen] = GZIP_OS_UNIX;
      }
      seen += chunk.length;
      cb(null, chunk);
    },
  });
  return [gzip, pin];
}
