import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runtimeError } from '../core/errors.js';
import { readArchive } from '../archive/read.js';
import { isPlainObject, mergeValues } from '../values/layers.js';
import { chartMetaFrom, readChartYaml, type ChartMeta } from './chart-yaml.js';

/** A chart's default values with its vendored subcharts' defaults under their names (as helm coalesces them). */
export interface ChartScope {
  meta: ChartMeta;
  values: Record<string, unknown>;
  /** subchart key (alias or name) → scope */
  subcharts: Record<string, ChartScope>;
  /** dependencies of Chart.yaml found neither as a folder nor as a .tgz under charts/ */
  missing: string[];
}

/** Reads a chart folder: values.yaml, and each dependency vendored under charts/ (folder or .tgz). */
export async function readChartScope(chartDir: string, display = chartDir): Promise<ChartScope> {
  const meta = readChartYaml(chartDir, display);
  const values = parseValues(readIf(join(chartDir, 'values.yaml')), `${display}/values.yaml`);
  const vendored = await readVendored(join(chartDir, 'charts'), `${display}/charts`);
  return assemble(meta, values, vendored);
}

function assemble(meta: ChartMeta, values: Record<string, unknown>, vendored: ChartScope[]): ChartScope {
  const scope: ChartScope = { meta, values, subcharts: {}, missing: [] };
  for (const dep of meta.dependencies) {
    const found = vendored.find((v) => v.meta.name === dep.name);
    if (!found) {
      scope.missing.push(dep.name);
      continue;
    }
    const key = dep.alias ?? dep.name;
    scope.subcharts[key] = found;
    scope.values[key] = mergeValues(found.values, scope.values[key] ?? {});
  }
  return scope;
}

async function readVendored(dir: string, display: string): Promise<ChartScope[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: ChartScope[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory() && existsSync(join(p, 'Chart.yaml'))) out.push(await readChartScope(p, `${display}/${name}`));
    else if (name.endsWith('.tgz')) out.push(await readPackagedChart(p, `${display}/${name}`));
  }
  return out;
}

/** Chart.yaml and values.yaml of a packaged chart (`<name>/Chart.yaml` at depth one). */
export async function readPackagedChart(file: string, display = file): Promise<ChartScope> {
  const texts = new Map<string, string>();
  await readArchive(
    file,
    (info, body) => {
      const m = /^[^/]+\/(Chart\.yaml|values\.yaml)$/.exec(info.path);
      if (!m || info.kind !== 'file') return void body.resume();
      const chunks: Buffer[] = [];
      return new Promise<void>((resolve, reject) => {
        body.on('data', (c: Buffer) => chunks.push(c));
        body.on('end', () => {
          texts.set(m[1]!, Buffer.concat(chunks).toString('utf8'));
          resolve();
        });
        body.on('error', reject);
      });
    },
    { maxTotalSize: 256 * 1024 * 1024 },
  );
  const chartText = texts.get('Chart.yaml');
  if (chartText === undefined) throw runtimeError(display, 'is not a packaged chart: no <name>/Chart.yaml inside');
  const meta = chartMetaFrom(parse(chartText), `${display}!Chart.yaml`);
  return assemble(meta, parseValues(texts.get('values.yaml'), `${display}!values.yaml`), []);
}

function readIf(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function parseValues(text: string | undefined, where: string): Record<string, unknown> {
  if (text === undefined) return {};
  let v: unknown;
  try {
    v = parse(text);
  } catch (e) {
    throw runtimeError(where, `is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (v === null || v === undefined) return {};
  if (!isPlainObject(v)) throw runtimeError(where, 'must be a mapping');
  return v;
}
