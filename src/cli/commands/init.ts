import { Command, Option } from 'commander';
import type { Output } from '../output.js';

interface InitFlags {
  type: string;
  metallbVersion?: string;
  out?: string;
}

/**
 * `init NAME --type manifest|helm`: scaffolds a new MetalLB pack directory (NAME-VERSION, or
 * --out) that validates clean. Exit 0 when written, 2 for usage or runtime failures (bad name,
 * unsupported version, existing non-empty directory).
 */
export function registerInit(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('scaffold a new MetalLB pack (manifest pack like lb-metallb, or Helm pack like lb-metallb-helm)')
    .argument('<name>', 'pack name, a DNS-1123 label (e.g. lb-metallb); the pack directory is NAME-VERSION')
    .addOption(new Option('--type <type>', 'manifest: lb-metallb style (MetalLB 0.8+); helm: lb-metallb-helm style with the metallb-full chart (0.13+)').choices(['manifest', 'helm']).makeOptionMandatory())
    .option('--metallb-version <x.y.z>', 'MetalLB release the pack deploys, also the pack version (default: the newest supported)')
    .option('-o, --out <dir>', 'directory to create instead of NAME-VERSION (must not exist, or be empty)')
    .action(async (name: string, flags: InitFlags) => {
      const { initPack } = await import('../../actions/init.js');
      const result = initPack(name, { type: flags.type, metallbVersion: flags.metallbVersion, out: flags.out });
      const kind = result.type === 'helm' ? 'Helm pack (chart metallb-full)' : 'manifest pack';
      out.stdout(`created ${result.dir.replace(/\/+$/, "")}/: ${kind} ${result.name} ${result.metallbVersion} for MetalLB v${result.metallbVersion}, ${result.files.length} files\n`);
      for (const f of result.files) out.stdout(`  ${f}\n`);
      const next = result.type === 'helm' ? `spectro-pack validate ${result.dir}, then spectro-pack deps ${result.dir} to vendor the metallb chart` : `spectro-pack validate ${result.dir}`;
      out.stdout(`next: ${next}\n`);
      setExit(0);
    });
}
