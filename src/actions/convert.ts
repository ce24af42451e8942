import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Finding } from '../diagnostics/finding.js';
import { at } from '../diagnostics/finding.js';
import type { BgpMode } from '../metallb/model.js';
import type { Version } from '../metallb/version.js';
import { HELM_PACK_IMAGES, METALLB_CHART, chartDefaultMode, chartModeValues, privilegedNamespaceLabels } from '../convert/helm-pack.js';
import { helmConfiguration } from '../convert/helm-configuration.js';
import { convertibleObjects } from '../convert/objects.js';
import { loadConfigSource, loadConfigText, type ConfigSource, type SourceForm } from '../convert/source.js';
import { chooseConvertVersion, type ConvertTarget } from '../convert/targets.js';
import { joinDocuments, renderObjectFiles } from '../render/files.js';
import { toRenderObjects, type RenderObject } from '../render/objects.js';
import { renderTemplate } from '../render/templates.js';
import { isPlainObject } from '../values/layers.js';
import { resolveFindings } from '../values/resolve.js';
import { validateText } from './validate.js';

export type { ConvertTarget } from '../convert/targets.js';
export { CONVERT_TARGETS } from '../convert/targets.js';

export interface ConvertOptions {
  to: ConvertTarget;
  /** the MetalLB version to write for (default: the input pack's version when 0.13+, else the newest) */
  metallbVersion?: string;
  /** BGP implementation, for validating input and output (and the chart switches of lb-metallb-helm) */
  bgpMode?: BgpMode;
  cwd?: string;
}

export interface ConvertResult {
  /** the path as given */
  target: string;
  to: ConvertTarget;
  /** the form the input was read as */
  from: SourceForm;
  metallbVersion: string;
  /** false when conversion was refused; `diagnostics` then hold the errors */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** file name → YAML text, in output order (empty when refused) */
  files: Map<string, string>;
}

/** Validates, then converts a legacy ConfigMap, CRs, or pack values (dir or file) to `opts.to`. Never prints. */
export function convertPath(path: string, opts: ConvertOptions): ConvertResult {
  chooseConvertVersion(opts.to, opts.metallbVersion, undefined); // bad flags are usage errors before any reading
  return convertSource(loadConfigSource(path, { cwd: opts.cwd, bgpMode: opts.bgpMode }), opts);
}

/** Like convertPath for YAML text held in memory (tests, editors). */
export function convertText(display: string, text: string, opts: ConvertOptions): ConvertResult {
  chooseConvertVersion(opts.to, opts.metallbVersion, undefined);
  return convertSource(loadConfigText(display, text, { bgpMode: opts.bgpMode }), opts);
}

function convertSource(src: ConfigSource, opts: ConvertOptions): ConvertResult {
  const inputVersion = src.pack?.version;
  const version = chooseConvertVersion(opts.to, opts.metallbVersion, inputVersion);
  const refused = (diagnostics: Diagnostic[]): ConvertResult => ({
    target: src.display,
    to: opts.to,
    from: src.form,
    metallbVersion: version.raw,
    ok: false,
    diagnostics: diagnostics.sort(compareDiagnostics),
    files: new Map(),
  });
  if (src.validation.diagnostics.some((d) => d.severity === 'error') || src.form === 'unknown') return refused([...src.validation.diagnostics]);

  const findings: Finding[] = [];
  const objects = convertibleObjects(src.form, src.config.objects);
  let files: Map<string, string>;
  let outputMode: BgpMode | undefined;
  if (opts.to === 'crs') {
    files = renderObjectFiles(toRenderObjects(objects, version, src.config.namespace));
    outputMode = opts.bgpMode ?? src.mode;
  } else {
    const namespace = helmNamespace(src);
    for (const o of objects) {
      if (o.namespace !== undefined && o.namespace !== namespace) {
        findings.push({
          code: 'convert/namespace-changed',
          severity: 'warning',
          message: `${o.kind} "${o.name}" is in namespace ${o.namespace}; lb-metallb-helm deploys every object into the pack namespace ${namespace}`,
          loc: at(o.loc, 'metadata', 'namespace'),
        });
      }
    }
    for (const s of src.config.secrets) {
      findings.push({
        code: 'convert/secret-not-converted',
        severity: 'warning',
        message: `Secret "${s.name}" is not part of the helm values; create it in namespace ${namespace} before the pack is deployed`,
        loc: s.loc,
      });
    }
    const rendered = toRenderObjects(objects, version, namespace);
    if (opts.to === 'helm-values') {
      files = new Map([['values.yaml', renderTemplate('convert/helm-values.yaml.hbs', { configuration: helmConfiguration(rendered) })]]);
      outputMode = opts.bgpMode ?? (src.form === 'lb-metallb-helm' ? src.mode : undefined);
    } else {
      const mode = opts.bgpMode ?? (src.form === 'lb-metallb-helm' ? src.mode : chartDefaultMode(version));
      files = new Map([['values.yaml', packValues(src, rendered, namespace, version, mode, findings)]]);
    }
  }

  const own = resolveFindings(findings, src.sources);
  // what a cluster (or the pack) receives must validate at the target version too
  const output = validateText(`${src.display} (converted)`, opts.to === 'crs' ? joinDocuments(files) : files.get('values.yaml')!, {
    metallbVersion: version.raw,
    bgpMode: outputMode,
  });
  const outputErrors = output.diagnostics.filter((d) => d.severity === 'error');
  if (outputErrors.length) return refused([...src.validation.diagnostics, ...own, ...outputErrors]);
  return {
    target: src.display,
    to: opts.to,
    from: src.form,
    metallbVersion: version.raw,
    ok: true,
    diagnostics: [...src.validation.diagnostics, ...own].sort(compareDiagnostics),
    files,
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function packSection(src: ConfigSource): Record<string, unknown> {
  return isPlainObject(src.values) && isPlainObject(src.values['pack']) ? src.values['pack'] : {};
}

/** The namespace helm values deploy into: the pack's, else the one the objects are in, else metallb-system. */
function helmNamespace(src: ConfigSource): string {
  const fromPack = str(packSection(src)['namespace']);
  if (fromPack) return fromPack;
  if (src.form === 'crs') return src.config.objects.find((o) => o.namespace)?.namespace ?? 'metallb-system';
  return src.config.namespace;
}

/** The whole values.yaml of an lb-metallb-helm pack for `version`. */
function packValues(src: ConfigSource, objects: RenderObject[], namespace: string, version: Version, mode: BgpMode, findings: Finding[]): string {
  const pack = packSection(src);
  const labels = isPlainObject(pack['namespaceLabels']) ? pack['namespaceLabels'] : privilegedNamespaceLabels(namespace);
  const priority = pack['spectrocloud.com/install-priority'];
  const images = [...HELM_PACK_IMAGES[version.raw]!];
  if (mode === 'frr-k8s' && !images.some((i) => i.includes('/frr-k8s:'))) {
    findings.push({
      code: 'convert/images-incomplete',
      severity: 'warning',
      message: `frr-k8s is enabled for MetalLB ${version.raw}, whose pack lists no frr-k8s image: add it to pack.content.images of the converted values for air-gapped mirroring`,
      loc: { file: src.display, path: [] },
    });
  }
  return renderTemplate('convert/lb-metallb-helm.yaml.hbs', {
    namespace,
    namespaceLabels: labels,
    installPriority: priority === undefined || priority === null ? null : String(priority),
    images: images.map((image) => ({ image })),
    charts: [{ repo: METALLB_CHART.repo, name: METALLB_CHART.name, version: version.raw }],
    configuration: helmConfiguration(objects),
    metallb: chartModeValues(version, mode),
  });
}

