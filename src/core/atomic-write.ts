import { lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { syncDir, writeDurably } from './durable-fs.js';
import { runtimeError, usageError } from './errors.js';

/** Written into every directory made by writeFileSetAtomic; only such directories are replaced. */
export const SET_MARKER = '.spectro-pack-output';

/** A plain file name: no directory part, no `.`/`..`, no NUL. */
function checkName(name: string): void {
  if (!name || name === '.' || name === '..' || /[/\\\0]/.test(name) || name === SET_MARKER) {
    throw new Error(`internal error: unsafe output file name ${JSON.stringify(name)}`);
  }
}



function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/**
 * Writes `files` (name → text) as the complete contents of directory `dir`, all or nothing:
 * the set is written and fsynced into a fresh temporary directory beside `dir`, then renamed into
 * place. An existing `dir` is replaced only when it is empty or was made by this function (it
 * holds the marker file); anything else is refused, so a mistyped `--out` never deletes a user's
 * files. Readers see either the old set or the new one, never a mix or a half-written file; a
 * crash leaves at worst a hidden `.NAME.*` directory beside `dir`.
 */
export function writeFileSetAtomic(dir: string, files: ReadonlyMap<string, string>, display = dir): void {
  for (const name of files.keys()) checkName(name);
  let target = resolve(dir);
  if (exists(target)) {
    target = realpathSync(target);
    const st = lstatSync(target);
    if (!st.isDirectory()) throw usageError(`--out ${display} exists and is not a directory`, 'pass a new or empty directory');
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes(SET_MARKER)) {
      throw usageError(`--out ${display} is not empty and was not written by spectro-pack render`, 'pass a new or empty directory, or remove it first');
    }
  }
  const parent = dirname(target);
  const base = basename(target);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (e) {
    throw runtimeError(display, `cannot create ${parent}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let tmp: string | undefined;
  let old: string | undefined;
  try {
    tmp = mkdtempSync(join(parent, `.${base}.tmp-`));
    for (const [name, text] of files) writeDurably(join(tmp, name), text);
    writeDurably(join(tmp, SET_MARKER), 'This directory is replaced as a whole by `spectro-pack render --out`.\n');
    syncDir(tmp);
    if (exists(target)) {
      old = mkdtempSync(join(parent, `.${base}.old-`));
      renameSync(target, join(old, base));
      try {
        renameSync(tmp, target);
      } catch (e) {
        try {
          renameSync(join(old, base), target); // put the old set back
        } catch {
          const kept = old;
          old = undefined; // never delete the only copy
          throw runtimeError(display, `cannot write the rendered files; the previous set is kept in ${join(kept, base)}`, undefined, e);
        }
        throw e;
      }
    } else {
      renameSync(tmp, target);
    }
    tmp = undefined;
    syncDir(parent);
  } catch (e) {
    if (e instanceof Error && e.name === 'SpectroPackError') throw e;
    throw runtimeError(display, `cannot write the rendered files: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, undefined, e);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (old) rmSync(old, { recursive: true, force: true });
  }
}
