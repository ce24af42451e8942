import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runtimeError } from '../core/errors.js';
import { comparePaths, type ArchiveEntry } from './entry.js';
import type { IgnoreMatcher } from './ignore.js';

export interface CollectOptions {
  /** prefix every entry path with this folder ('NAME-VERSION'); its own directory entry is added */
  prefix?: string;
  ignore?: IgnoreMatcher;
  /** refuse any file larger than this many bytes (default 256 MiB) */
  maxFileSize?: number;
  /** relative paths ('/'-separated) to leave out without asking the matcher (e.g. a chart folder packaged separately) */
  skip?: (rel: string, isDir: boolean) => boolean;
  /** name used in error messages for the root (default: the root path) */
  display?: string;
  /** how messages name the tree ('the pack'; default 'the folder') and its ignore file ('.packignore'; default 'an ignore file') */
  what?: string;
  ignoreFile?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;

/**
 * Lists a directory as archive entries (sorted, directories included), refusing what cannot be
 * packed faithfully: a symlink whose target leaves the root or is missing, a symlinked directory,
 * a device, fifo or socket, a file over the size limit. A symlink to a file inside the root is
 * stored as a regular file with the target's content (archives never carry links).
 */
export function collectTree(root: string, opts: CollectOptions = {}): ArchiveEntry[] {
  const maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const display = opts.display ?? root;
  const what = opts.what ?? 'the folder';
  const ignoreFile = opts.ignoreFile ?? 'an ignore file';
  const realRoot = realpathSync(root);
  const out: ArchiveEntry[] = [];
  const pre = opts.prefix ? `${opts.prefix.replace(/\/+$/, '')}/` : '';
  if (pre) out.push({ path: pre.slice(0, -1), type: 'directory' });
  const shown = (rel: string) => (display === '.' || display === '' ? rel : `${display.replace(/\/+$/, '')}/${rel}`);

  const walk = (rel: string) => {
    const names = readdirSync(join(root, rel)).sort(comparePaths);
    for (const name of names) {
      const r = rel ? `${rel}/${name}` : name;
      const abs = join(root, r);
      let st: Stats = lstatSync(abs);
      let source = abs;
      if (st.isSymbolicLink()) {
        const skipped = (d: boolean) => opts.skip?.(r, d) || opts.ignore?.matchesSelf(r, d);
        if (skipped(false) && skipped(true)) continue;
        let real: string;
        try {
          real = realpathSync(abs);
        } catch {
          throw runtimeError(shown(r), 'is a broken symbolic link', `remove it or add it to ${ignoreFile}`);
        }
        const inside = relative(realRoot, real);
        if (inside === '' || inside.startsWith('..') || inside.startsWith(sep) || /^[a-zA-Z]:/.test(inside)) {
          throw runtimeError(shown(r), `is a symbolic link that leaves ${what} (to ${real})`, `copy the file into ${what} or add the link to ${ignoreFile}`);
        }
        st = statSync(abs);
        if (st.isDirectory()) {
          if (skipped(true)) continue;
          throw runtimeError(shown(r), 'is a symbolic link to a directory; archives do not carry links', `replace it with the directory or add it to ${ignoreFile}`);
        }
        source = real;
      }
      const isDir = st.isDirectory();
      if (opts.skip?.(r, isDir) || opts.ignore?.matchesSelf(r, isDir)) continue;
      if (isDir) {
        out.push({ path: pre + r, type: 'directory' });
        walk(r);
      } else if (st.isFile()) {
        if (st.size > maxFileSize) {
          throw runtimeError(shown(r), `is ${st.size} bytes, over the ${maxFileSize}-byte limit for a file in ${what}`, `add it to ${ignoreFile} or raise the limit (--max-file-size)`);
        }
        out.push({ path: pre + r, type: 'file', size: st.size, source, executable: (st.mode & 0o111) !== 0 });
      } else {
        throw runtimeError(shown(r), `is a ${kindOf(st)}; only regular files and directories can be packed`, `remove it or add it to ${ignoreFile}`);
      }
    }
  };
  walk('');
  return out.sort((a, b) => comparePaths(a.path, b.path));
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'named pipe (fifo)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'special file';
}
