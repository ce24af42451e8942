import { InvalidArgumentError, type Command } from 'commander';
import type { Output } from '../output.js';
import { addRegistryFlags, registryAccess, type RegistryFlags } from './push.js';

export function registerTags(program: Command, out: Output, setExit: (code: number) => void): void {
  const cmd = program
    .command('tags')
    .description('list the published versions of a pack (follows the registry\'s pagination)')
    .argument('<name>', 'the pack name')
    .option('--page-size <n>', 'tags per request (?n=)', (v: string) => {
      if (!/^[1-9]\d*$/.test(v)) throw new InvalidArgumentError('a positive integer');
      return Number(v);
    })
    .option('--json', 'print the versions as a JSON array');
  addRegistryFlags(cmd).action(async (name: string, flags: RegistryFlags & { pageSize?: number; json?: boolean }, command: Command) => {
    const { listPackVersions } = await import('../../actions/tags.js');
    const access = await registryAccess(flags, command, out);
    const r = await listPackVersions(name, { ...access, pageSize: flags.pageSize });
    for (const w of r.warnings) out.warn(w);
    out.stdout(flags.json ? JSON.stringify(r.versions) + '\n' : r.versions.map((v) => v + '\n').join(''));
    setExit(0);
  });
}
