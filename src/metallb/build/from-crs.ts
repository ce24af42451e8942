import type { Finding, Loc } from '../../diagnostics/finding.js';
import { at } from '../../diagnostics/finding.js';
import { isPlainObject } from '../../values/layers.js';
import type { SourceFile } from '../../values/source-file.js';
import { REMOVED_KIND_VERSIONS } from '../fields.js';
import { KINDS, type Kind, type MetalLBConfig, type MObject } from '../model.js';
import { atLeastVersion, type Version } from '../version.js';

const KIND_SET = new Set<string>(KINDS);

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

function labelsOf(meta: unknown): Record<string, string> {
  const labels = isPlainObject(meta) ? meta['labels'] : undefined;
  if (!isPlainObject(labels)) return {};
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v)]));
}

/**
 * A multi-document YAML of MetalLB custom resources (plus Secrets and Nodes) → the model.
 * Documents that are neither are reported (info) and otherwise ignored.
 */
export function configFromCrs(source: SourceFile, version: Version): { config: MetalLBConfig; findings: Finding[] } {
  const config: MetalLBConfig = { form: 'crs', objects: [], secrets: [], nodes: [], namespace: 'metallb-system' };
  const findings: Finding[] = [];
  for (let i = 0; i < source.documentCount; i++) {
    const doc = source.value(i);
    const loc: Loc = { file: source.file, document: i, path: [] };
    if (doc === null || doc === undefined) continue;
    if (!isPlainObject(doc)) {
      findings.push({ code: 'crd/not-an-object', severity: 'error', message: 'document is not a Kubernetes object (a mapping with apiVersion and kind)', loc });
      continue;
    }
    const apiVersion = str(doc['apiVersion']) ?? '';
    const kind = str(doc['kind']) ?? '';
    const meta = doc['metadata'];
    const name = isPlainObject(meta) ? str(meta['name']) : undefined;
    const namespace = isPlainObject(meta) ? str(meta['namespace']) : undefined;
    if (apiVersion.startsWith('metallb.io/')) {
      if (!KIND_SET.has(kind)) {
        const removed = REMOVED_KIND_VERSIONS[kind];
        if (removed) {
          const gone = atLeastVersion(version, removed.removed);
          findings.push({
            code: 'metallb/removed-kind',
            severity: gone ? 'error' : 'warning',
            message: `${kind} ${gone ? 'was removed in' : 'is deprecated and removed in'} MetalLB ${removed.removed}${gone ? ` (target ${version.raw})` : ''}; use ${removed.instead}`,
            loc: at(loc, 'kind'),
          });
        } else {
          findings.push({
            code: 'crd/unknown-kind',
            severity: 'error',
            message: `unknown MetalLB kind "${kind}"; expected one of ${KINDS.join(', ')}`,
            loc: at(loc, 'kind'),
          });
        }
        continue;
      }
      const spec = isPlainObject(doc['spec']) ? doc['spec'] : {};
      const obj: MObject = {
        kind: kind as Kind,
        apiVersion,
        name: name ?? '',
        namespace,
        labels: labelsOf(meta),
        spec,
        loc,
        nameLoc: name === undefined ? at(loc, 'metadata') : at(loc, 'metadata', 'name'),
        at: (...sub) => at(loc, 'spec', ...sub),
      };
      config.objects.push(obj);
    } else if (kind === 'Secret' && apiVersion === 'v1') {
      const data = { ...(isPlainObject(doc['data']) ? doc['data'] : {}), ...(isPlainObject(doc['stringData']) ? doc['stringData'] : {}) };
      config.secrets.push({ name: name ?? '', namespace, type: str(doc['type']), keys: Object.keys(data), loc });
    } else if (kind === 'Node' && apiVersion === 'v1') {
      config.nodes.push({ name: name ?? '', labels: labelsOf(meta), loc });
    } else {
      findings.push({
        code: 'crd/ignored-document',
        severity: 'info',
        message: `${kind || 'document'} ${apiVersion ? `(${apiVersion}) ` : ''}is not a MetalLB resource and is not checked`,
        loc,
      });
    }
  }
  return { config, findings };
}
