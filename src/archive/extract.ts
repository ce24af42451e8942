import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ReadEntry } from 'tar';
import { SpectroPackError, runtimeError } from '../core/errors.js';
import { EntryChecker, readArchive, type ReadEntryInfo, type ReadLimits, type ReadSummary } from './read.js';

export interface ExtractOptions extends ReadLimits {
  /** allow symbolic links that stay inside the folder; default false: every link is refused (hard links always are) */
  allowSymlinks?: boolean;
}

export interface ExtractResult extends ReadSummary {
  /** the folder extracted into */
  dir: string;
  /** top-level names created in `dir` */
  topLevel: string[];
}

/**
 * Safe extraction: every entry is checked before anything is written (absolute paths, '..',
 * backslashes, links leaving the folder or climbing with '..', entries under a link or a file, the
 * same path twice, devices/fifos, entry and size caps); a './' folder entry is skipped.
 * Entries land in a staging folder beside `outDir`; only a fully extracted archive is moved in, and
 * nothing already in `outDir` is overwritten. Modes are normalised (0644, 0755 for executables and
 * folders); owners and times are not restored.
 */
export async function extractArchive(archive: string, outDir: string, opts: ExtractOptions = {}): Promise<ExtractResult> {
  mkdirSync(outDir, { recursive: true });
  const staging = join(outDir, `.spectro-pack-unpack.${process.pid}.${randomBytes(4).toString('hex')}`);
  mkdirSync(staging);
  const writeEntry = async (info: ReadEntryInfo, body: ReadEntry): Promise<void> => {
    const dest = join(staging, ...info.path.split('/'));
    if (info.kind === 'directory') {
      mkdirSync(dest, { recursive: true, mode: 0o755 });
      body.resume();
      return;
    }
    mkdirSync(dirname(dest), { recursive: true, mode: 0o755 });
    if (info.kind === 'symlink' || info.kind === 'hardlink') {
      body.resume();
      if (info.kind === 'hardlink' || !opts.allowSymlinks) {
        throw runtimeError(archive, `entry "${info.path}" is a ${info.kind === 'symlink' ? 'symbolic' : 'hard'} link; refused`, 'only regular files and folders are extracted');
      }
      symlinkSync(info.linkpath!, dest);
      return;
    }
    await pipeline(body, createWriteStream(dest, { flags: 'wx', mode: info.mode & 0o111 ? 0o755 : 0o644 }));
  };
  const checker = new EntryChecker();
  try {
    const summary = await readArchive(
      archive,
      async (info, body) => {
        const problem = checker.check({ path: body.path, type: body.type, linkpath: info.linkpath });
        if (problem) {
          body.resume();
          throw runtimeError(archive, `entry "${body.path}" is refused: ${problem}`, 'this archive is unsafe to extract; it was not written by spectro-pack');
        }
        try {
          await writeEntry(info, body);
        } catch (e) {
          if (e instanceof SpectroPackError) throw e;
          body.resume();
          // never show the staging folder: name the entry and the system's reason
          throw runtimeError(archive, `entry "${info.path}" cannot be extracted: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
      },
      opts,
    );
    const topLevel = readdirSync(staging).sort();
    for (const name of topLevel) {
      if (existsSync(join(outDir, name))) throw runtimeError(join(outDir, name), 'already exists; not overwritten', 'remove it or choose another --out folder');
    }
    for (const name of topLevel) renameSync(join(staging, name), join(outDir, name));
    return { ...summary, dir: outDir, topLevel };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
