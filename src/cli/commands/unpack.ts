import type { Command } from 'commander';
import type { Output } from '../output.js';

interface UnpackFlags {
  out?: string;
  json?: boolean;
}

/** `unpack ARCHIVE` (safe extraction). `listArchive` from actions/unpack.ts backs an `inspect` command; the lead wires that. */
export function registerUnpack(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('unpack')
    .description('extract a pack archive safely (no absolute paths, .., links, devices; size and entry caps)')
    .argument('<archive>', 'NAME-VERSION.tar.gz')
    .option('--out <dir>', 'folder to extract into', '.')
    .option('--json', 'print the result as JSON')
    .action(async (archive: string, flags: UnpackFlags) => {
      const { unpackArchive } = await import('../../actions/unpack.js');
      const r = await unpackArchive(archive, { outDir: flags.out });
      if (flags.json) out.stdout(`${JSON.stringify({ dir: r.dir, topLevel: r.topLevel, entries: r.entries, unpackedSize: r.unpackedSize, sha256: r.sha256 }, null, 2)}\n`);
      else for (const t of r.topLevel) out.stdout(`${flags.out && flags.out !== '.' ? `${flags.out.replace(/\/+$/, '')}/` : ''}${t}/  (${r.entries} entries, ${r.unpackedSize} bytes)\n`);
      setExit(0);
    });
}

/** A listing formatter the lead can reuse for `inspect ARCHIVE`. */
export function formatListing(l: Awaited<ReturnType<typeof import('../../actions/unpack.js').listArchive>>): string {
  const lines = [`${l.file}  ${l.size} bytes  sha256:${l.sha256}`];
  if (l.pack) lines.push(`pack ${l.pack.name ?? '?'} ${l.pack.version ?? '?'}`);
  for (const e of l.entries) lines.push(`${e.kind === 'directory' ? 'd' : e.kind === 'file' ? '-' : 'l'} ${e.mode.toString(8).padStart(4, '0')} ${String(e.size).padStart(10)}  ${e.path}${e.kind === 'directory' ? '/' : ''}${e.sha256 ? `  ${e.sha256.slice(0, 12)}` : ''}`);
  for (const p of l.problems) lines.push(`problem: ${p}`);
  return `${lines.join('\n')}\n`;
}
