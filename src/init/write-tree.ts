import { lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { syncDir, writeDurably } from '../core/durable-fs.js';
import { runtimeError, usageError } from '../core/errors.js';

/** A relative path of plain segments: no absolute path, no `.`/`..`, no empty segment, no NUL or backslash. */
function checkRelative(rel: string): void {
  const segs = rel.split('/');
  if (!rel || rel.startsWith('/') || segs.some((s) => s === '' || s === '.' || s === '..' || /[\\\0]/.test(s))) {
    throw new Error(`internal error: unsafe scaffold path ${JSON.stringify(rel)}`);
  }
}



/** 'missing' or 'empty' (an empty directory); anything else is refused with a usage error. */
function targetState(target: string, display: string): 'missing' | 'empty' {
  let st;
  try {
    st = lstatSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw runtimeError(display, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!st.isDirectory()) throw usageError(`${display} exists and is not a directory; init never overwrites files`, 'pass --out with a new or empty directory');
  if (readdirSync(target).length > 0) {
    throw usageError(`${display} already exists and is not empty; init never overwrites files`, 'remove it first, or pass --out with a new or empty directory');
  }
  return 'empty';
}

/**
 * Writes `files` (relative '/'-separated path → contents) as a new directory `dir`, all or
 * nothing: everything is written and fsynced into a fresh hidden directory beside `dir`
 * (`.NAME.tmp-*`), which is then renamed into place. `dir` may be missing or an empty directory;
 * anything else is refused, so no existing file is ever replaced. On failure the temporary
 * directory is removed and `dir` is left as it was.
 */
export function writeTreeAtomic(dir: string, files: ReadonlyMap<string, string | Buffer>, display = dir): void {
  for (const rel of files.keys()) checkRelative(rel);
  const target = resolve(dir);
  const state = targetState(target, display);
  const parent = dirname(target);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (e) {
    throw runtimeError(display, `cannot create ${parent}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let tmp: string | undefined;
  try {
    tmp = mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
    const dirs = new Set<string>();
    for (const [rel, data] of files) {
      const sub = dirname(rel);
      if (sub !== '.' && !dirs.has(sub)) {
        mkdirSync(join(tmp, sub), { recursive: true });
        dirs.add(sub);
      }
      writeDurably(join(tmp, rel), data);
    }
    for (const sub of [...dirs].sort().reverse()) syncDir(join(tmp, sub));
    syncDir(tmp);
    moveIntoPlace(tmp, target, state, display);
    tmp = undefined;
    syncDir(parent);
  } catch (e) {
    if (e instanceof Error && e.name === 'SpectroPackError') throw e;
    throw runtimeError(display, `cannot write the pack: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, undefined, e);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Renames the finished temporary directory to `target`. rename(2) replaces an empty directory in
 * one step; one that gained files meanwhile (or a path created meanwhile) makes it fail, and that
 * is refused as for an existing directory: nothing is lost.
 */
function moveIntoPlace(tmp: string, target: string, state: 'missing' | 'empty', display: string): void {
  try {
    renameSync(tmp, target);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') targetState(target, display); // throws the refusal for what is there now
    if (state !== 'empty' || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EISDIR')) throw e;
  }
  // platforms that cannot rename onto a directory: remove the (still empty) one first
  rmdirSync(target);
  renameSync(tmp, target);
}
