import { Command, Option } from 'commander';
import { usageError } from '../../core/errors.js';
import type { Severity } from '../../diagnostics/diagnostic.js';
import type { Output } from '../output.js';
import { readOwnVersion } from '../version.js';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

interface ValidateFlags {
  metallbVersion?: string;
  bgpMode?: 'native' | 'frr' | 'frr-k8s';
  values?: string[];
  format: (typeof FORMATS)[number];
  failOn: Severity;
}

export function registerValidate(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('check pack structure, values and MetalLB semantics; findings as file:line:column')
    .argument('[paths...]', 'pack directories, values.yaml, MetalLB CR files or a legacy ConfigMap', ['.'])
    .option('--metallb-version <x.y.z>', 'target MetalLB version (default: the pack version, else the newest supported)')
    .addOption(new Option('--bgp-mode <mode>', 'BGP implementation (default: from chart values; native for manifests)').choices(['native', 'frr', 'frr-k8s']))
    .option('--values <file>', 'values file layered over the pack values (repeatable, later wins)', (v: string, prev: string[] = []) => [...prev, v])
    .addOption(new Option('--format <name>', 'output format').choices([...FORMATS]).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info']).default('error'))
    .action(async (paths: string[], flags: ValidateFlags) => {
      const [{ validatePaths }, { formatters }, { ruleDescriptions }, { atLeast }] = await Promise.all([
        import('../../actions/validate.js'),
        import('../../diagnostics/formatters/index.js'),
        import('../rule-catalog.js'),
        import('../../diagnostics/diagnostic.js'),
      ]);
      const format = formatters[flags.format];
      if (!format) throw usageError(`--format ${flags.format} is not available`);
      const results = validatePaths(paths, { metallbVersion: flags.metallbVersion, bgpMode: flags.bgpMode, values: flags.values });
      out.stdout(
        format(
          results.map((r) => ({ target: r.target, diagnostics: r.diagnostics })),
          { style: out.style, tool: { name: 'spectro-pack', version: readOwnVersion() }, rules: ruleDescriptions() },
        ),
      );
      const failing = results.some((r) => r.diagnostics.some((d) => atLeast(d.severity, flags.failOn)));
      setExit(failing ? 1 : 0);
    });
}
