import { Command, Option } from 'commander';
import { usageError } from '../../core/errors.js';
import type { Output } from '../output.js';
import { readOwnVersion } from '../version.js';

const TARGETS = ['crs', 'configmap', 'helm-values'] as const;

interface RenderFlags {
  out?: string;
  target?: (typeof TARGETS)[number];
  metallbVersion?: string;
  bgpMode?: 'native' | 'frr' | 'frr-k8s';
  values?: string[];
  set?: string[];
  macro?: string[];
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/**
 * `render PATH [OUT]`: validates, then writes what a cluster receives. YAML goes to stdout (`-`, the default)
 * or, one file per object, atomically into a directory; diagnostics go to stderr. Exit 1 when
 * validation found errors (nothing is written), 2 for usage or runtime failures.
 */
export function registerRender(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('render')
    .description('validate, then render pack values, CRs or a legacy ConfigMap into the objects a cluster receives')
    .argument('<path>', 'pack directory, values.yaml, MetalLB CR file or legacy ConfigMap')
    .argument('[out]', 'the same as --out: - for stdout, or a directory')
    .option('-o, --out <dir>', 'directory to write one file per object into (replaced as a set), or - for stdout (default: -)')
    .addOption(new Option('--target <target>', 'what to render (default: crs; configmap for MetalLB <= 0.12)').choices([...TARGETS]))
    .option('--metallb-version <x.y.z>', 'target MetalLB version (default: the pack version, else the newest supported)')
    .addOption(new Option('--bgp-mode <mode>', 'BGP implementation for validation (default: from chart values; native for manifests)').choices(['native', 'frr', 'frr-k8s']))
    .option('--values <file>', 'values file layered over the pack values (repeatable, later wins)', collect)
    .option('--set <path=value>', 'set one value, like helm --set (repeatable, applied last)', collect)
    .option('--macro <name=value>', 'value for the Palette macro {{ .spectro.<name> }} (repeatable)', collect)
    .action(async (path: string, outArg: string | undefined, flags: RenderFlags) => {
      if (outArg !== undefined && flags.out !== undefined && outArg !== flags.out) {
        throw usageError(`render got two outputs: ${outArg} and --out ${flags.out}`, 'give the output once, as the second argument or with --out');
      }
      const dest = outArg ?? flags.out ?? '-';
      const [{ renderPath }, { joinDocuments }, { writeFileSetAtomic }, { stylish }] = await Promise.all([
        import('../../actions/render.js'),
        import('../../render/files.js'),
        import('../../core/atomic-write.js'),
        import('../../diagnostics/formatters/stylish.js'),
      ]);
      const result = renderPath(path, {
        target: flags.target,
        metallbVersion: flags.metallbVersion,
        bgpMode: flags.bgpMode,
        values: flags.values,
        set: flags.set,
        macros: flags.macro,
      });
      if (result.diagnostics.length) {
        out.stderr(stylish([{ target: result.target, diagnostics: result.diagnostics }], { style: out.style, tool: { name: 'spectro-pack', version: readOwnVersion() } }));
      }
      if (!result.ok) {
        out.error(result.target, 'not rendered: fix the errors above first');
        setExit(1);
        return;
      }
      if (dest === '-') out.stdout(joinDocuments(result.files));
      else writeFileSetAtomic(dest, result.files);
      setExit(0);
    });
}
