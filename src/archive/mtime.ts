import { usageError } from '../core/errors.js';

/**
 * The modification time stamped on every entry: SOURCE_DATE_EPOCH (seconds since 1970, the
 * reproducible-builds convention) when set, else 0 (1970-01-01T00:00:00Z). Never the clock or the
 * files' own mtimes, so the same tree always yields the same bytes.
 */
export const DEFAULT_MTIME = new Date(0);

export function archiveMtime(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || raw.trim() === '') return DEFAULT_MTIME;
  if (!/^\d+$/.test(raw.trim())) {
    throw usageError(`SOURCE_DATE_EPOCH="${raw}" is not a whole number of seconds`, 'unset it or set e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)');
  }
  return new Date(Number(raw.trim()) * 1000);
}
