import type { Command } from 'commander';
import type { Output } from '../output.js';

interface DepsFlags {
  json?: boolean;
  timeout?: string;
}

export function registerDeps(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('deps')
    .description('vendor chart dependencies (Chart.yaml) under charts/, like helm dependency build, and the upstream files of sources.yaml; digests checked, cached for offline use')
    .argument('[path]', 'pack directory or chart folder', '.')
    .option('--json', 'print the result as JSON')
    .option('--timeout <seconds>', 'network timeout per request', '30')
    .action(async (path: string, flags: DepsFlags) => {
      const { vendorPackDependencies } = await import('../../actions/deps.js');
      const timeoutMs = Math.max(1, Number(flags.timeout) || 30) * 1000;
      const r = await vendorPackDependencies(path, { timeoutMs });
      for (const w of r.warnings) out.warn(w);
      if (flags.json) out.stdout(`${JSON.stringify(r, null, 2)}\n`);
      else {
        for (const c of r.charts) {
          for (const d of c.dependencies) out.stdout(`${c.chart}: ${d.name} ${d.version} → ${d.file} (${d.status}${d.offline ? ', offline' : ''})\n`);
          if (!c.dependencies.length) out.stdout(`${c.chart}: no dependencies\n`);
        }
        for (const s of r.sources) out.stdout(`${path.replace(/\/+$/, '') || '.'}: ${s.url} → ${s.path} (${s.status}, sha256:${s.sha256.slice(0, 12)}…)\n`);
        if (!r.charts.length && !r.sources.length) out.stdout(`${path}: no chart folder or sources.yaml found\n`);
      }
      setExit(0);
    });
}
