import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';

/** Raw tar entries for hostile-archive tests: no checks at all. */
export interface RawEntry {
  path: string;
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'CharacterDevice' | 'BlockDevice' | 'FIFO';
  body?: Buffer | string;
  /** declared size (defaults to the body length) */
  size?: number;
  linkpath?: string;
  mode?: number;
}

export function rawTar(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const body = typeof e.body === 'string' ? Buffer.from(e.body) : (e.body ?? Buffer.alloc(0));
    const size = e.size ?? body.length;
    const block = Buffer.alloc(512);
    new Header({ path: e.path, type: e.type ?? 'File', size, mode: e.mode ?? 0o644, uid: 0, gid: 0, mtime: new Date(0), linkpath: e.linkpath ?? '', uname: '', gname: '' }).encode(block, 0);
    parts.push(block, body);
    const pad = body.length % 512;
    if (pad) parts.push(Buffer.alloc(512 - pad));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export function writeRawTarGz(file: string, entries: RawEntry[]): void {
  writeFileSync(file, gzipSync(rawTar(entries)));
}
