import { statSync } from 'node:fs';
import { runtimeError } from './errors.js';

/** Whether an input path is a directory; a path that cannot be stat'ed is a runtime error naming it. */
export function isDirectory(abs: string, display: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw runtimeError(display, code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${code ?? (e as Error).message}`);
  }
}
