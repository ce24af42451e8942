import type { Command } from 'commander';
import type { Output } from '../output.js';
import { addRegistryFlags, registryAccess, type RegistryFlags } from './push.js';

export function registerPull(program: Command, out: Output, setExit: (code: number) => void): void {
  const cmd = program
    .command('pull')
    .description('fetch NAME:VERSION from HOST[/BASE]/spectro-packs/archive, verify every digest and size, write the archive')
    .argument('<name:version>', 'the pack and version, e.g. lb-metallb-helm:0.14.9')
    .option('--out <dir>', 'folder to write NAME-VERSION.tar.gz (and the extracted pack) into', '.')
    .option('--no-extract', 'only write the archive, do not extract it')
    .option('--json', 'print the result as JSON');
  addRegistryFlags(cmd).action(async (ref: string, flags: RegistryFlags & { out: string; json?: boolean; extract: boolean }, command: Command) => {
    const { pullPack } = await import('../../actions/pull.js');
    const access = await registryAccess(flags, command, out);
    const r = await pullPack(ref, { ...access, out: flags.out, extract: flags.extract });
    for (const w of r.warnings) out.warn(w);
    if (flags.json) out.stdout(JSON.stringify({ reference: r.reference, digest: r.digest, archive: r.archive, size: r.size, extractedTo: r.extractedTo }, null, 2) + '\n');
    else out.stdout(`pulled ${r.reference}@${r.digest} → ${r.archive} (${r.size} bytes, verified)${r.extractedTo ? `, extracted to ${r.extractedTo}` : ''}\n`);
    setExit(0);
  });
}
