import { at } from '../diagnostics/finding.js';
import type { Finding } from '../diagnostics/finding.js';
import type { MetalLBConfig } from '../metallb/model.js';
import { getValidator } from './load-validators.js';
import { pathText } from './path-text.js';
import { runSchema } from './to-findings.js';

/** What checkCrSchemas reads of the CR file: each document's value (a SourceFile). */
export interface CrDocuments {
  value(document: number): unknown;
}

const ENVELOPE_HINT = 'a Kubernetes object has no such top-level field and the API server drops it (kubectl apply rejects it): remove it, or move it under spec';
const METADATA_HINT = 'Kubernetes object metadata has no such field and the API server drops it: remove it (labels and annotations go under metadata.labels and metadata.annotations)';

/**
 * JSON-schema checks of each MetalLB object's spec (types, bounds, unknown keys), for CR files: the
 * same per-kind schemas as charts.metallb-full.configuration. Locations come from `obj.at(...)`.
 * With the file's documents, also the object envelope (schemas/metallb-object.schema.json): unknown
 * keys beside apiVersion/kind/metadata/spec/status and in metadata (a misspelt `lables`), and their types.
 */
export function checkCrSchemas(config: MetalLBConfig, documents?: CrDocuments): Finding[] {
  const findings: Finding[] = [];
  for (const obj of config.objects) {
    const name = `${obj.kind} \`${obj.name}\``;
    if (documents && config.form === 'crs' && obj.loc.path.length === 0) {
      findings.push(
        ...runSchema({
          validator: getValidator('MetalLBObject'),
          data: documents.value(obj.loc.document ?? 0),
          locate: (rel) => at(obj.loc, ...rel),
          describe: (rel) => (rel.length ? `${pathText(rel)} of ${name}` : name),
          unknownHint: (rel) => (rel.length ? METADATA_HINT : ENVELOPE_HINT),
        }),
      );
    }
    findings.push(
      ...runSchema({
        validator: getValidator(obj.kind),
        data: obj.spec,
        locate: (rel) => obj.at(...rel),
        describe: (rel) => `${pathText(['spec', ...rel])} of ${name}`,
        unknownHint: () => `MetalLB's ${obj.kind} has no such field: remove it`,
      }),
    );
  }
  return findings;
}
