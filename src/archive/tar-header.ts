import { Header, Pax } from 'tar';
import { entryMode, type ArchiveEntry } from './entry.js';

const TYPES = { file: 'File', directory: 'Directory', symlink: 'SymbolicLink' } as const;

/**
 * The header block(s) of one entry: a ustar header encoded by tar's `Header` (we pass every field,
 * so nothing comes from the machine: uid/gid 0, empty uname/gname, fixed mtime, no atime/ctime,
 * devmajor/devminor 0), preceded by a PAX extended header only when the path or link does not fit
 * ustar (that header is itself deterministic: it carries only path/linkpath and no time).
 */
export function encodeHeader(e: ArchiveEntry, mtime: Date): Buffer {
  const path = e.type === 'directory' ? `${e.path}/` : e.path;
  const header = new Header({
    path,
    mode: entryMode(e),
    uid: 0,
    gid: 0,
    size: e.type === 'file' ? (e.size ?? 0) : 0,
    mtime,
    type: TYPES[e.type],
    linkpath: e.type === 'symlink' ? e.linkpath : '',
    uname: '',
    gname: '',
    devmaj: 0,
    devmin: 0,
  });
  const block = Buffer.alloc(512);
  const needPax = header.encode(block, 0);
  if (!needPax) return block;
  const pax = new Pax({ path, linkpath: e.type === 'symlink' ? e.linkpath : undefined, size: undefined });
  return Buffer.concat([pax.encode(), block]);
}

/** Two zero blocks end a tar stream. */
export const END_OF_ARCHIVE = Buffer.alloc(1024);

export function padding(size: number): Buffer {
  const rest = size % 512;
  return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(512 - rest);
}
