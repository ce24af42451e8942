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
 * to which peers and nodes; a pack archive's entries and sha256, verified (unsafe entries, single
 * NAME-VERSION/ folder matching pack.json and the file name). The table or JSON goes to stdout;
 * validation errors and archive problems (which do not stop inspection) go to stderr. Exit 1 when
 * validation or verification found errors, 2 for usage or runtime failures, else 0.
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
      const [{ inspectPath, isArchivePath }, fmt, { stylish }] = await Promise.all([
        import('../../actions/inspect.js'),
        import('../../inspect/format.js'),
        import('../../diagnostics/formatters/stylish.js'),
      ]);
      if (isArchivePath(path)) {
        // list and verify: entries extraction would refuse, and the archive as a pack (single
        // NAME-VERSION/ folder, pack.json, file name). Problems go to stderr and make the exit code 1.
        const { listArchive } = await import('../../actions/unpack.js');
        const l = await listArchive(path);
        const result = {
          kind: 'archive' as const,
          target: path,
          size: l.size,
          sha256: l.sha256,
          unpackedSize: l.unpackedSize,
          entries: l.entries,
          problems: l.entryProblems,
          ok: l.problems.length === 0,
          topFolder: l.topFolder,
          pack: l.pack,
          packProblems: l.packProblems,
        };
        out.stdout(flags.format === 'json' ? fmt.formatArchiveJson(result) : fmt.formatArchiveTable(result, out.style));
        for (const p of l.problems) out.stderr(`${out.style.red('error')} ${path}: ${p}\n`);
        if (l.problems.length) out.stderr(`${out.style.red(`✖ ${l.problems.length} problem${l.problems.length === 1 ? '' : 's'}`)}: not a valid pack archive\n`);
        setExit(l.problems.length ? 1 : 0);
        return;
      }
      const result = await inspectPath(path, { metallbVersion: flags.metallbVersion, bgpMode: flags.bgpMode });
      if (result.kind === 'archive') throw new Error('unreachable: archives are handled above');
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) {
        out.stderr(stylish([{ target: result.target, diagnostics: errors }], { style: out.style, tool: { name: 'spectro-pack', version: readOwnVersion() } }));
      }
      out.stdout(flags.format === 'json' ? fmt.formatInspectJson(result) : fmt.formatInspectTable(result, out.style));
      setExit(errors.length ? 1 : 0);
    });
}
