import { readFileSync, statSync } from 'node:fs';
import { runtimeError } from '../core/errors.js';

/** Largest input file read, in bytes. MetalLB configs are kilobytes; this guards against accidents. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${bytes} bytes`;
}

/**
 * Reads a UTF-8 text file for validation. Throws a runtime SpectroPackError (exit 2) with a one-line
 * reason for anything that is not a readable, reasonably sized, UTF-8 text file.
 */
export function readTextFile(absPath: string, display: string, opts: { allowEmpty?: boolean } = {}): string {
  let size: number;
  try {
    const st = statSync(absPath);
    if (st.isDirectory()) throw runtimeError(display, 'is a directory, expected a file');
    if (!st.isFile()) throw runtimeError(display, 'is not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof Error && e.name === 'SpectroPackError') throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw runtimeError(display, 'no such file or directory', 'check the path');
    if (code === 'EACCES') throw runtimeError(display, 'permission denied', 'make the file readable');
    throw runtimeError(display, `cannot read: ${(e as Error).message}`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw runtimeError(
      display,
      `file is too large to validate (${formatSize(size)}, limit ${formatSize(MAX_INPUT_BYTES)})`,
      'pass the values or manifest file, not an archive or a log',
    );
  }
  let buf: Buffer;
  try {
    buf = readFileSync(absPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw runtimeError(display, 'permission denied', 'make the file readable');
    throw runtimeError(display, `cannot read: ${(e as Error).message}`);
  }
  if (buf.length === 0 || buf.toString('latin1').trim() === '') {
    if (opts.allowEmpty) return '';
    throw runtimeError(display, 'file is empty: nothing to validate');
  }
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    throw runtimeError(display, `binary file (NUL byte at offset ${nul}), expected YAML or JSON text`);
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  } catch {
    throw runtimeError(display, `invalid UTF-8 at byte offset ${firstInvalidUtf8(buf)}`, 'save the file as UTF-8');
  }
}

/** Byte offset of the first invalid UTF-8 sequence (for the error message). */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n;
  }
  return i;
}
