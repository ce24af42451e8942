import { createReadStream, createWriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SpectroPackError, runtimeError } from '../core/errors.js';
import { assertSafePath, comparePaths, type ArchiveEntry } from './entry.js';
import { deterministicGzip } from './gzip.js';
import { archiveMtime } from './mtime.js';
import { writeAtomically } from './atomic.js';
import { END_OF_ARCHIVE, encodeHeader, padding } from './tar-header.js';
import { sha256Tap } from '../core/sha256-tap.js';

export interface WriteOptions {
  /** entry mtime; default archiveMtime() (SOURCE_DATE_EPOCH or 0) */
  mtime?: Date;
  /** 'sorted' (default): byte-wise path order. 'given': keep the caller's order (helm charts put Chart.yaml first). */
  order?: 'sorted' | 'given';
  /** gzip level 0-9; default zlib's default (6, like gzip and `tar -z`) */
  level?: number;
}

export interface WrittenArchive {
  path: string;
  /** bytes of the .tar.gz */
  size: number;
  /** hex sha256 of the .tar.gz */
  sha256: string;
  entries: number;
}

const READ_CHUNK = 1024 * 1024;

/**
 * Writes a deterministic tar.gz: the bytes depend only on the entries' paths, types, executable
 * bits, content and the mtime option. Streamed (one read chunk in memory at a time), to a temporary
 * file beside `target` that is renamed into place on success.
 */
export async function writeTarGz(target: string, input: readonly ArchiveEntry[], opts: WriteOptions = {}): Promise<WrittenArchive> {
  const mtime = opts.mtime ?? archiveMtime();
  const entries = opts.order === 'given' ? [...input] : [...input].sort((a, b) => comparePaths(a.path, b.path));
  const seen = new Set<string>();
  for (const e of entries) {
    assertSafePath(e.path, target);
    if (seen.has(e.path)) throw runtimeError(target, `archive entry "${e.path}" appears twice`);
    seen.add(e.path);
    if (e.type === 'file' && e.content === undefined && e.source === undefined) throw runtimeError(target, `archive entry "${e.path}" has no content`);
  }
  const tap = sha256Tap();
  const [gzip, pin] = deterministicGzip(opts.level);
  return writeAtomically(target, async (tmp) => {
    try {
      await pipeline(Readable.from(tarStream(entries, mtime), { objectMode: false }), gzip, pin, tap.stream, createWriteStream(tmp, { flags: 'wx' }));
    } catch (e) {
      if (e instanceof SpectroPackError) throw e;
      const err = e as NodeJS.ErrnoException;
      throw runtimeError(target, `cannot write archive: ${err.code === 'ENOENT' && err.path?.startsWith(dirname(target)) ? `folder ${dirname(target)} does not exist` : (err.code ?? err.message)}${err.code === 'ENOENT' && err.path && !err.path.startsWith(dirname(target)) ? ` (${err.path})` : ''}`, undefined, e);
    }
    return { path: target, size: tap.size(), sha256: tap.hex(), entries: entries.length };
  });
}

async function* tarStream(entries: ArchiveEntry[], mtime: Date): AsyncGenerator<Buffer> {
  for (const e of entries) {
    const size = e.type === 'file' ? (e.content?.length ?? e.size ?? 0) : 0;
    yield encodeHeader({ ...e, size }, mtime);
    if (e.type !== 'file') continue;
    if (e.content !== undefined) {
      yield Buffer.from(e.content.buffer, e.content.byteOffset, e.content.byteLength);
    } else {
      let read = 0;
      for await (const chunk of createReadStream(e.source!, { highWaterMark: READ_CHUNK })) {
        read += (chunk as Buffer).length;
        if (read > size) break;
        yield chunk as Buffer;
      }
      if (read !== size) {
        throw runtimeError(e.source!, `changed while being archived (expected ${size} bytes, read ${read}${read > size ? '+' : ''})`, 'run the command again once nothing writes to the pack');
      }
    }
    yield padding(size);
  }
  yield END_OF_ARCHIVE;
}
