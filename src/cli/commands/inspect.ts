import { Command, Option } from 'commander';
import type { Output } from '../output.js';
import { readOwnVersion } from '../version.js';

interface InspectFlags {
  format: 'table' | 'json';
  metallbVersion?: string;
  bgpMode?: 'native' | 'frr' | 'frr-k8s';
}

/**
 * `inspect PATH`: per pool its family, ranges, usable addresses, auto-assign and who announces it
 * to which peers and nodes; a pack archive's entries and sha256. The table or JSON goes to stdout;
 * validation errors (which do not stop inspection) go to stderr. Exit 1 when validation found
 * errors, 2 for usage or runtime failures, else 0.
 */
export function registerInspect(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('inspect')
    .description('show each pool\'s addresses, capacity and announcements (or a pack archive\'s entries and sha256)')
    .argument('<path>', 'pack directory, values.yaml, MetalLB CR file, legacy ConfigMap, or a pack .tar.gz')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--metallb-version <x.y.z>', 'target MetalLB version (default: the pack version, else the newest supported)')
    .addOption(new Option('--bgp-mode <mode>', 'BGP implementation (default: from chart values; native otherwise)').choices(['native', 'frr', 'frr-k8s']))
    .action(async (path: string, flags: InspectFlags) => {
      const [{ inspectPath }, fmt, { stylish }] = await Promise.all([
        import('../../actions/inspect.js'),
        import('../../inspect/format.js'),
        import('../../diagnostics/formatters/stylish.js'),
      ]);
      const result = await inspectPath(path, { metallbVersion: flags.metallbVersion, bgpMode: flags.bgpMode });
      if (result.kind === 'archive') {
        out.stdout(flags.format === 'json' ? fmt.formatArchiveJson(result) : fmt.formatArchiveTable(result, out.style));
        setExit(0);
        return;
      }
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) {
        out.stderr(stylish([{ target: result.target, diagnostics: errors }], { style: out.style, tool: { name: 'spectro-pack', version: readOwnVersion() } }));
      }
      out.stdout(flags.format === 'json' ? fmt.formatInspectJson(result) : fmt.formatInspectTable(result, out.style));
      setExit(errors.length ? 1 : 0);
    });
}
