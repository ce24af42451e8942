import { Command, Option } from 'commander';
import type { Output } from '../output.js';
import { readOwnVersion } from '../version.js';

const TARGETS = ['crs', 'helm-values', 'lb-metallb-helm'] as const;

interface ConvertFlags {
  to: (typeof TARGETS)[number];
  out: string;
  metallbVersion?: string;
  bgpMode?: 'native' | 'frr' | 'frr-k8s';
}

/**
 * `convert PATH --to T`: validates, then migrates between forms (legacy ConfigMap → CRs, CRs →
 * lb-metallb-helm values, lb-metallb pack → lb-metallb-helm values.yaml). YAML goes to stdout
 * (`--out -`) or atomically into a directory; diagnostics go to stderr. Exit 1 when the input or
 * the converted output has errors (nothing is written), 2 for usage or runtime failures.
 */
export function registerConvert(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('convert')
    .description('validate, then convert a legacy ConfigMap, CRs or an lb-metallb pack to CRs or lb-metallb-helm values')
    .argument('<path>', 'pack directory, values.yaml, MetalLB CR file or legacy ConfigMap')
    .addOption(new Option('--to <target>', 'crs (one file per object), helm-values (charts.metallb-full.configuration) or lb-metallb-helm (a whole pack values.yaml)').choices([...TARGETS]).makeOptionMandatory())
    .option('-o, --out <dir>', 'directory to write into (replaced as a set), or - for stdout', '-')
    .option('--metallb-version <x.y.z>', 'MetalLB version to write for (default: the input pack version when 0.13+, else the newest; lb-metallb-helm: a pack version)')
    .addOption(new Option('--bgp-mode <mode>', 'BGP implementation for validation and the chart switches (default: from the input)').choices(['native', 'frr', 'frr-k8s']))
    .action(async (path: string, flags: ConvertFlags) => {
      const [{ convertPath }, { joinDocuments }, { writeFileSetAtomic }, { stylish }] = await Promise.all([
        import('../../actions/convert.js'),
        import('../../render/files.js'),
        import('../../core/atomic-write.js'),
        import('../../diagnostics/formatters/stylish.js'),
      ]);
      const result = convertPath(path, { to: flags.to, metallbVersion: flags.metallbVersion, bgpMode: flags.bgpMode });
      if (result.diagnostics.length) {
        out.stderr(stylish([{ target: result.target, diagnostics: result.diagnostics }], { style: out.style, tool: { name: 'spectro-pack', version: readOwnVersion() } }));
      }
      if (!result.ok) {
        out.error(result.target, 'not converted: fix the errors above first');
        setExit(1);
        return;
      }
      if (flags.out === '-') out.stdout(result.to === 'crs' ? joinDocuments(result.files) : result.files.get('values.yaml')!);
      else writeFileSetAtomic(flags.out, result.files);
      setExit(0);
    });
}
