import type { Finding } from '../diagnostics/finding.js';
import type { MetalLBConfig } from '../metallb/model.js';
import { getValidator } from './load-validators.js';
import { pathText } from './path-text.js';
import { runSchema } from './to-findings.js';

/**
 * JSON-schema checks of each MetalLB object's spec (types, bounds, unknown keys), for CR files: the
 * same per-kind schemas as charts.metallb-full.configuration. Locations come from `obj.at(...)`.
 */
export function checkCrSchemas(config: MetalLBConfig): Finding[] {
  const findings: Finding[] = [];
  for (const obj of config.objects) {
    const name = `${obj.kind} \`${obj.name}\``;
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
