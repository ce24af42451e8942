import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { runtimeError } from '../core/errors.js';
import { entryProblem, readArchive, type ReadLimits, type ReadSummary } from './read.js';

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
 * backslashes, links leaving the folder, entries under a link, devices/fifos, entry and size caps).
 * Entries land in a staging folder beside `outDir`; only a fully extracted archive is moved in, and
 * nothing already in `outDir` is overwritten. Modes are normalised (0644, 0755 for executables and
 * folders); owners and times are not restored.
 */
export async function extractArchive(archive: string, outDir: string, opts: ExtractOptions = {}): Promise<ExtractResult> {
  mkdirSync(outDir, { recursive: true });
  const staging = join(outDir, `.spectro-pack-unpack.${process.pid}.${randomBytes(4).toString('hex')}`);
  mkdirSync(staging);
  const links = new Set<string>();
  const seen = new Set<string>();
  try {
    const summary = await readArchive(
      archive,
      async (info, body) => {
        const problem = entryProblem({ path: info.path, type: body.type, linkpath: info.linkpath }, links);
        if (problem) {
          body.resume();
          throw runtimeError(archive, `entry "${body.path}" is refused: ${problem}`, 'this archive is unsafe to extract; it was not written by spectro-pack');
        }
        if (seen.has(info.path) && info.kind !== 'directory') {
          body.resume();
          throw runtimeError(archive, `entry "${info.path}" appears twice; refused`);
        }
        seen.add(info.path);
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
          links.add(info.path);
          symlinkSync(info.linkpath!, dest);
          return;
        }
        await pipeline(body, createWriteStream(dest, { flags: 'wx', mode: info.mode & 0o111 ? 0o755 : 0o644 }));
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
