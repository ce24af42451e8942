import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import type { Output } from '../output.js';
import { readOwnVersion } from '../version.js';

interface PackageFlags {
  out?: string;
  json?: boolean;
  fetchDeps?: boolean;
  maxFileSize?: string;
}

export function registerPackage(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('package')
    .description('validate a pack and write a reproducible NAME-VERSION.tar.gz (charts in source form are packaged)')
    .argument('[path]', 'pack directory', '.')
    .option('--out <dir>', 'folder for the archive', '.')
    .option('--json', 'print the result as JSON')
    .option('--fetch-deps', 'vendor missing chart dependencies first (network)')
    .option('--max-file-size <bytes>', 'refuse files larger than this (default 268435456)')
    .action(async (path: string, flags: PackageFlags) => {
      const [{ packagePack }, { formatters }, { ruleDescriptions }] = await Promise.all([
        import('../../actions/package.js'),
        import('../../diagnostics/formatters/index.js'),
        import('../rule-catalog.js'),
      ]);
      let maxFileSize: number | undefined;
      if (flags.maxFileSize !== undefined) {
        maxFileSize = Number(flags.maxFileSize);
        if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw usageError(`--max-file-size ${flags.maxFileSize} is not a positive number of bytes`);
      }
      const r = await packagePack(path, { outDir: flags.out, fetchDeps: flags.fetchDeps, maxFileSize });
      if (flags.json) {
        out.stdout(`${JSON.stringify({ ok: r.ok, name: r.name, version: r.version, archive: r.archive, builtCharts: r.builtCharts, images: r.images, notes: r.notes, diagnostics: r.diagnostics }, null, 2)}\n`);
      } else {
        const shown = r.diagnostics;
        if (shown.length) {
          const text = formatters['stylish']!([{ target: r.target, diagnostics: shown }], { style: out.style, tool: { name: 'spectro-pack', version: readOwnVersion() }, rules: ruleDescriptions() });
          (r.ok ? out.stderr.bind(out) : out.stdout.bind(out))(text);
        }
        for (const n of r.notes) out.warn(n);
        if (r.archive) {
          for (const c of r.builtCharts) out.stderr(`${out.style.dim(`packaged ${c.from}/ → ${c.to}`)}\n`);
          out.stdout(`${r.archive.path}\n  size    ${r.archive.size} bytes (${r.archive.entries} entries)\n  sha256  ${r.archive.sha256}\n`);
        }
      }
      setExit(r.ok ? 0 : 1);
    });
}
