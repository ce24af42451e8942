import { runtimeError } from '../core/errors.js';

/**
 * One entry to write into an archive. Paths are '/'-separated and relative (no leading '/',
 * no '.' or '..' segments); directories are written without the trailing '/'.
 * Content comes from `source` (a file read while streaming) or `content` (in memory).
 */
export interface ArchiveEntry {
  path: string;
  type: 'file' | 'directory' | 'symlink';
  /** files only: stored as 0755 instead of 0644 */
  executable?: boolean;
  /** files: the byte count that will be streamed (checked while writing) */
  size?: number;
  source?: string;
  content?: Uint8Array;
  /** symlinks only */
  linkpath?: string;
}

/** Normalised modes: the only ones an archive written by spectro-pack carries. */
export const FILE_MODE = 0o644;
export const EXEC_MODE = 0o755;
export const DIR_MODE = 0o755;
export const LINK_MODE = 0o777;

export function entryMode(e: ArchiveEntry): number {
  if (e.type === 'directory') return DIR_MODE;
  if (e.type === 'symlink') return LINK_MODE;
  return e.executable ? EXEC_MODE : FILE_MODE;
}

/** Why a relative archive path is unsafe, or undefined when it is fine. */
export function unsafePathReason(p: string): string | undefined {
  if (p === '' || p === '.' || p === './') return 'empty path';
  if (p.includes('\0')) return 'NUL byte in path';
  if (p.startsWith('/') || p.startsWith('\\')) return 'absolute path';
  if (/^[a-zA-Z]:/.test(p)) return 'drive-letter path';
  if (p.includes('\\')) return 'backslash in path';
  const parts = p.replace(/\/+$/, '').split('/');
  if (parts.some((s) => s === '..')) return "'..' in path";
  return undefined;
}

export function assertSafePath(p: string, where: string): void {
  const why = unsafePathReason(p);
  if (why) throw runtimeError(where, `archive entry "${p}" is refused: ${why}`);
}

/** Byte-wise order of '/'-separated paths (never locale-dependent); a parent sorts before its children. */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
