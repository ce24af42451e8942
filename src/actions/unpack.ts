import { basename, resolve } from 'node:path';
import { extractArchive, type ExtractResult } from '../archive/extract.js';
import { listArchive as listEntries, type ListedEntry } from '../archive/list.js';
import type { ReadLimits } from '../archive/read.js';

export interface UnpackOptions extends ReadLimits {
  /** folder to extract into (default: the current directory); the pack lands in OUT/NAME-VERSION/ */
  outDir?: string;
  cwd?: string;
}

/** Safe extraction of a pack archive (see archive/extract.ts for what is refused). Never prints. */
export async function unpackArchive(archive: string, opts: UnpackOptions = {}): Promise<ExtractResult> {
  const cwd = opts.cwd ?? process.cwd();
  return extractArchive(resolve(cwd, archive), resolve(cwd, opts.outDir ?? '.'), opts);
}

export interface ArchiveInspection {
  file: string;
  size: number;
  sha256: string;
  entries: ListedEntry[];
  unpackedSize: number;
  /** the single top-level folder, when there is exactly one */
  topFolder?: string;
  /** name and version of the pack.json under the top folder */
  pack?: { name?: string; version?: string };
  /** what would keep Palette (or `unpack`) from taking this archive: entry problems first, then pack problems */
  problems: string[];
  /** the entries safe extraction would refuse (also in `problems`, as text) */
  entryProblems: { path: string; problem: string }[];
  /** problems of the archive as a pack (top folder, pack.json, NAME-VERSION; also in `problems`) */
  packProblems: string[];
}

/**
 * Lists a pack archive: entries with sizes and sha256, the archive's own sha256, and what is wrong
 * with it as a pack (several top folders, no pack.json, NAME-VERSION not matching pack.json or the
 * file name, entries safe extraction would refuse). Never prints; the CLI decides how to show it.
 */
export async function listArchive(archive: string, opts: ReadLimits & { cwd?: string; expectSha256?: string } = {}): Promise<ArchiveInspection> {
  const file = resolve(opts.cwd ?? process.cwd(), archive);
  const l = await listEntries(file, { ...opts, capture: (p) => /^[^/]+\/pack\.json$/.test(p) });
  const packProblems: string[] = [];
  const result: ArchiveInspection = { file: archive, size: l.size, sha256: l.sha256, entries: l.list, unpackedSize: l.unpackedSize, problems: [], entryProblems: l.problems, packProblems };
  checkPack(l, archive, result);
  result.problems = [...l.problems.map((p) => `entry "${p.path}": ${p.problem}`), ...packProblems];
  return result;
}

function checkPack(l: Awaited<ReturnType<typeof listEntries>>, archive: string, result: ArchiveInspection): void {
  const problems = result.packProblems;
  const tops = [...new Set(l.list.map((e) => e.path.split('/')[0]!))].sort();
  if (tops.length !== 1) {
    problems.push(`has ${tops.length} top-level entries (${tops.slice(0, 5).join(', ')}); a pack archive holds a single folder NAME-VERSION/`);
    return;
  }
  result.topFolder = tops[0];
  const pj = l.captured.get(`${tops[0]}/pack.json`);
  if (!pj) {
    problems.push(`${tops[0]}/pack.json is missing`);
    return;
  }
  try {
    const o = JSON.parse(pj.toString('utf8')) as Record<string, unknown>;
    result.pack = { name: typeof o['name'] === 'string' ? o['name'] : undefined, version: typeof o['version'] === 'string' ? o['version'] : undefined };
  } catch (e) {
    problems.push(`${tops[0]}/pack.json is not valid JSON: ${(e as Error).message}`);
    return;
  }
  if (!result.pack.name || !result.pack.version) {
    problems.push(`${tops[0]}/pack.json has no ${result.pack.name ? 'version' : 'name'}`);
    return;
  }
  const expected = `${result.pack.name}-${result.pack.version}`;
  if (tops[0] !== expected) problems.push(`top folder "${tops[0]}" should be "${expected}" (pack.json name-version)`);
  const base = basename(archive);
  if (base !== `${expected}.tar.gz`) problems.push(`file name "${base}" should be "${expected}.tar.gz"`);
}
