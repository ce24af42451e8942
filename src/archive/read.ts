import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { posix } from 'node:path';
import { Transform, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import { SpectroPackError, runtimeError } from '../core/errors.js';
import { unsafePathReason } from './entry.js';

export interface ReadLimits {
  /** refuse archives with more entries than this (default 20 000) */
  maxEntries?: number;
  /** refuse archives whose entries add up to more bytes than this (default 2 GiB) */
  maxTotalSize?: number;
}

export const DEFAULT_LIMITS: Required<ReadLimits> = { maxEntries: 20_000, maxTotalSize: 2 * 1024 * 1024 * 1024 };

export type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink';

/** An entry as read, path normalised ('./' and trailing '/' removed). */
export interface ReadEntryInfo {
  path: string;
  kind: EntryKind;
  size: number;
  mode: number;
  mtime?: Date;
  linkpath?: string;
}

const KINDS: Record<string, EntryKind> = {
  File: 'file',
  OldFile: 'file',
  ContiguousFile: 'file',
  Directory: 'directory',
  SymbolicLink: 'symlink',
  Link: 'hardlink',
};

/** Why an entry must not be extracted, or undefined. `links` holds the symlink paths seen so far. */
export function entryProblem(info: { path: string; type: string; linkpath?: string }, links: ReadonlySet<string>): string | undefined {
  const kind = KINDS[info.type];
  if (!kind) return `${describeType(info.type)} entries are refused`;
  const why = unsafePathReason(info.path);
  if (why) return why;
  const path = normalise(info.path);
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (links.has(parts.slice(0, i).join('/'))) return `its parent ${parts.slice(0, i).join('/')} is a symbolic link`;
  }
  if (kind === 'symlink' || kind === 'hardlink') {
    const link = info.linkpath ?? '';
    if (link === '' || link.startsWith('/') || /^[a-zA-Z]:/.test(link) || link.includes('\\')) return `link target "${link}" is absolute or empty`;
    const resolved = kind === 'symlink' ? posix.normalize(posix.join(posix.dirname(path), link)) : posix.normalize(link);
    if (resolved === '..' || resolved.startsWith('../')) return `link target "${link}" leaves the extraction folder`;
    // A target that climbs ('..') is refused even when it looks inside: resolved through links
    // extracted earlier (p/a/b/up -> ../.., then p/l -> a/b/up/../..) it can leave the folder.
    // Links that only point down cannot, whatever they chain through.
    if (link.split('/').includes('..')) return `link target "${link}" has a '..' segment; only links pointing down into their own folder are accepted`;
  }
  return undefined;
}

/**
 * Checks a stream of entries as extraction would see them, in order: each entry alone
 * (`entryProblem`), plus what only the sequence shows: an entry under an earlier file or link, the
 * same path twice (folders may repeat), a path that is both a folder and a file.
 */
export class EntryChecker {
  private readonly links = new Set<string>();
  private readonly nonDirs = new Set<string>();
  private readonly dirs = new Set<string>();

  /** Why this entry must not be extracted, or undefined; the entry is recorded either way. */
  check(info: { path: string; type: string; linkpath?: string }): string | undefined {
    const problem = entryProblem(info, this.links) ?? this.sequenceProblem(info);
    const path = normalise(info.path);
    const kind = KINDS[info.type];
    if (kind === 'directory') this.dirs.add(path);
    else if (kind) {
      this.nonDirs.add(path);
      if (kind === 'symlink') this.links.add(path);
    }
    return problem;
  }

  private sequenceProblem(info: { path: string; type: string }): string | undefined {
    const path = normalise(info.path);
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const up = parts.slice(0, i).join('/');
      if (this.nonDirs.has(up)) return `it lies under "${up}", which is a file, not a folder`;
    }
    const isDir = KINDS[info.type] === 'directory';
    if (isDir && this.nonDirs.has(path)) return 'the same path is a file earlier in the archive';
    if (!isDir && this.dirs.has(path)) return 'the same path is a folder earlier in the archive';
    if (!isDir && this.nonDirs.has(path)) return 'it appears twice';
    return undefined;
  }
}

function describeType(t: string): string {
  const names: Record<string, string> = { CharacterDevice: 'character device', BlockDevice: 'block device', FIFO: 'fifo' };
  return names[t] ?? `"${t}"`;
}

export function normalise(p: string): string {
  return p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

export interface ReadSummary {
  /** bytes of the archive file */
  size: number;
  /** hex sha256 of the archive file */
  sha256: string;
  entries: number;
  /** sum of the entries' sizes */
  unpackedSize: number;
}

/**
 * Streams a .tar or .tar.gz through tar's parser, enforcing the entry-count and size caps (on the
 * declared sizes and, independently, on the decompressed byte count: a gzip bomb stops at the cap).
 * `onEntry` receives every entry with its body stream; it must consume (or resume) it.
 */
export async function readArchive(
  file: string,
  onEntry: (info: ReadEntryInfo, body: ReadEntry) => void | Promise<void>,
  limits: ReadLimits = {},
): Promise<ReadSummary> {
  const { maxEntries, maxTotalSize } = { ...DEFAULT_LIMITS, ...limits };
  const gz = isGzip(file);
  const hash = createHash('sha256');
  let size = 0;
  let entries = 0;
  let unpacked = 0;
  const decompressedCap = maxTotalSize + 1024 * (maxEntries + 4);
  let decompressed = 0;
  let failure: Error | undefined;
  const parser = new Parser({ strict: true });
  let settle: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (settle = resolve));
  const fail = (e: Error) => {
    failure ??= e;
    settle();
  };
  const pending: Promise<void>[] = [];
  parser.on('entry', (entry: ReadEntry) => {
    if (failure) return void entry.resume();
    entries++;
    // `tar -C dir -czf x.tgz .` writes the folder itself as './': nothing to extract or list
    if (entry.type === 'Directory' && /^(\.\/?)+$/.test(entry.path)) return void entry.resume();
    if (entries > maxEntries) {
      fail(runtimeError(file, `has more than ${maxEntries} entries; refused`, 'an archive this large is not a pack (raise the limit if it really is)'));
      return void entry.resume();
    }
    unpacked += entry.size;
    if (unpacked > maxTotalSize) {
      fail(runtimeError(file, `expands past ${maxTotalSize} bytes; refused (a tar bomb?)`, 'raise the limit only for an archive you trust'));
      return void entry.resume();
    }
    const info: ReadEntryInfo = { path: normalise(entry.path), kind: KINDS[entry.type] ?? 'file', size: entry.size, mode: (entry.mode ?? 0) & 0o7777, mtime: entry.mtime, linkpath: entry.linkpath };
    try {
      const r = onEntry(info, entry);
      if (r) pending.push(r.catch((e: Error) => fail(e)));
    } catch (e) {
      fail(e as Error);
      entry.resume();
    }
  });
  parser.on('end', () => settle());
  parser.on('close', () => settle());
  parser.on('error', (e: Error) => fail(runtimeError(file, `is not a valid tar archive: ${e.message}`)));
  parser.on('warn', (_code: string, msg: string | Error) => fail(runtimeError(file, `is not a valid tar archive: ${typeof msg === 'string' ? msg : msg.message}`)));
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      decompressed += chunk.length;
      if (decompressed > decompressedCap) return cb(runtimeError(file, `expands past ${decompressedCap} bytes; refused (a gzip bomb?)`));
      cb(null, chunk);
    },
  });
  const source = createReadStream(file, { highWaterMark: 1024 * 1024 });
  source.on('data', (c) => {
    hash.update(c as Buffer);
    size += (c as Buffer).length;
  });
  const onPipeError = (e: NodeJS.ErrnoException | null) => {
    if (e && e.code !== 'ERR_STREAM_PREMATURE_CLOSE') fail(streamError(file, e));
  };
  const stream = gz ? pipeline(source, createGunzip(), counter, onPipeError) : pipeline(source, counter, onPipeError);
  try {
    for await (const chunk of stream) {
      if (failure) break;
      if (!parser.write(chunk as Buffer)) await Promise.race([done, new Promise<void>((r) => parser.once('drain', () => r()))]);
    }
    if (!failure) {
      parser.end();
      await done;
    }
    await Promise.all(pending);
  } catch (e) {
    fail(streamError(file, e as NodeJS.ErrnoException));
  } finally {
    source.destroy();
  }
  if (failure) throw failure;
  return { size, sha256: hash.digest('hex'), entries, unpackedSize: unpacked };
}

function streamError(file: string, e: NodeJS.ErrnoException): Error {
  if (e instanceof SpectroPackError) return e;
  if (e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR') return runtimeError(file, `is not a valid gzip file: ${e.message}`);
  return runtimeError(file, `cannot read: ${e.code ?? e.message}`);
}

function isGzip(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw runtimeError(file, code === 'ENOENT' ? 'no such file' : `cannot read: ${code}`);
  }
  try {
    const b = Buffer.alloc(2);
    return readSync(fd, b, 0, 2, 0) === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}
