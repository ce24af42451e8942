import { createHash } from 'node:crypto';
import { EntryChecker, readArchive, type EntryKind, type ReadLimits, type ReadSummary } from './read.js';
import { runtimeError } from '../core/errors.js';

export interface ListedEntry {
  path: string;
  kind: EntryKind;
  size: number;
  mode: number;
  mtime?: string;
  linkpath?: string;
  /** hex sha256 of a file's content */
  sha256?: string;
  /** why extraction would refuse this entry */
  problem?: string;
}

export interface ArchiveListing extends ReadSummary {
  file: string;
  list: ListedEntry[];
  /** the entries extraction would refuse */
  problems: { path: string; problem: string }[];
  /** content of the files chosen by `capture` */
  captured: Map<string, Buffer>;
}

export interface ListOptions extends ReadLimits {
  /** when given, the archive's sha256 must equal it (hex, optionally 'sha256:'-prefixed) */
  expectSha256?: string;
  /** keep the content of these files (small ones: up to 1 MiB each) */
  capture?: (path: string) => boolean;
}

/**
 * Lists an archive without writing anything: each entry with its kind, size, mode and content
 * sha256, the archive's own size and sha256, and the entries safe extraction would refuse.
 */
export async function listArchive(file: string, opts: ListOptions = {}): Promise<ArchiveListing> {
  const list: ListedEntry[] = [];
  const problems: { path: string; problem: string }[] = [];
  const checker = new EntryChecker();
  const captured = new Map<string, Buffer>();
  const summary = await readArchive(
    file,
    (info, body) => {
      const e: ListedEntry = { path: info.path, kind: info.kind, size: info.size, mode: info.mode };
      if (info.mtime) e.mtime = info.mtime.toISOString();
      if (info.linkpath) e.linkpath = info.linkpath;
      const problem = checker.check({ path: body.path, type: body.type, linkpath: info.linkpath });
      if (problem) {
        e.problem = problem;
        problems.push({ path: body.path, problem });
      }
      list.push(e);
      if (info.kind !== 'file') return void body.resume();
      const h = createHash('sha256');
      const keep: Buffer[] | undefined = opts.capture?.(info.path) && info.size <= 1024 * 1024 ? [] : undefined;
      return new Promise<void>((resolve, reject) => {
        body.on('data', (c: Buffer) => {
          h.update(c);
          keep?.push(c);
        });
        body.on('end', () => {
          e.sha256 = h.digest('hex');
          if (keep) captured.set(info.path, Buffer.concat(keep));
          resolve();
        });
        body.on('error', reject);
      });
    },
    opts,
  );
  if (opts.expectSha256 !== undefined) {
    const want = opts.expectSha256.replace(/^sha256:/, '').toLowerCase();
    if (want !== summary.sha256) throw runtimeError(file, `sha256 is ${summary.sha256}, expected ${want}`, 'the archive was changed or corrupted; package it again');
  }
  return { file, ...summary, list, problems, captured };
}
