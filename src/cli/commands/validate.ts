import { Command, Option } from 'commander';
import type { Severity } from '../../diagnostics/diagnostic.js';
import type { FormatTarget } from '../../diagnostics/formatters/types.js';
import type { Output } from '../output.js';
import { readOwnPackage } from '../version.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export const BGP_MODES = ['native', 'frr', 'frr-k8s'] as const;
export const FAIL_ON = ['error', 'warning', 'info'] as const;

interface ValidateFlags {
  metallbVersion?: string;
  bgpMode?: (typeof BGP_MODES)[number];
  values?: string[];
  format: (typeof FORMATS)[number];
  failOn: Severity;
}

/**
 * `validate [paths...]`: options here, the work in actions/validate.ts (imported lazily, so
 * `--help` and usage errors do not load the YAML parser and the rules), output via a formatter.
 * Each path is validated on its own: an unreadable path is reported (exit 2) without hiding the
 * findings of the others.
 */
export function registerValidate(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('check pack structure, values and MetalLB semantics; findings as file:line:column')
    .argument('[paths...]', 'pack directories, values.yaml, MetalLB CR files or a legacy ConfigMap', ['.'])
    .option('--metallb-version <x.y.z>', 'target MetalLB version (default: the pack version, else the newest supported)')
    .addOption(new Option('--bgp-mode <mode>', 'BGP implementation (default: from chart values; native for manifests)').choices([...BGP_MODES]))
    .option('--values <file>', 'values file layered over the pack values (repeatable, later wins)', (v: string, prev: string[] = []) => [...prev, v])
    .addOption(new Option('--format <name>', 'output format').choices([...FORMATS]).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices([...FAIL_ON]).default('error'))
    .action(async (paths: string[], flags: ValidateFlags) => {
      const [{ validatePaths }, { formatters }, { atLeast }, { SpectroPackError }] = await Promise.all([
        import('../../actions/validate.js'),
        import('../../diagnostics/formatters/index.js'),
        import('../../diagnostics/diagnostic.js'),
        import('../../core/errors.js'),
      ]);
      const format = formatters[flags.format]!;
      const opts = { metallbVersion: flags.metallbVersion, bgpMode: flags.bgpMode, values: flags.values };
      const targets: FormatTarget[] = [];
      const failed = new Set<string>();
      for (const path of paths.length ? paths : ['.']) {
        try {
          for (const r of validatePaths([path], opts)) targets.push({ target: r.target, diagnostics: r.diagnostics });
        } catch (e) {
          // a usage error (bad --metallb-version) or a bad --values file fails every path alike: stop
          if (!(e instanceof SpectroPackError) || e.kind === 'usage' || (e.where !== undefined && flags.values?.includes(e.where))) throw e;
          const line = `${e.where ?? ''}\0${e.message}`;
          if (!failed.has(line)) out.error(e.where, e.message, e.hint);
          failed.add(line);
        }
      }
      if (targets.length) {
        const rules = flags.format === 'sarif' ? (await import('../rule-catalog.js')).ruleDescriptions() : undefined;
        const pkg = readOwnPackage();
        out.stdout(format(targets, { style: out.style, tool: { name: 'spectro-pack', version: pkg.version, informationUri: pkg.homepage }, rules }));
      }
      const findings = targets.some((t) => t.diagnostics.some((d) => atLeast(d.severity, flags.failOn)));
      setExit(failed.size ? 2 : findings ? 1 : 0);
    });
}
