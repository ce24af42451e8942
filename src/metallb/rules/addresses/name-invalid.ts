import type { Finding } from '../../../diagnostics/finding.js';
import { isMacro } from '../../../values/macro.js';
import { KINDS } from '../../model.js';
import { defineRule } from '../../rule.js';
import { deferred } from '../deferred.js';
import { nameSite } from './object-names.js';

const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);

/** the name Kubernetes would accept that is closest to `name` (MetalLB's converter does the same) */
export function toDns1123(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^-a-z0-9.]/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 253)
    .replace(/[-.]+$/g, '');
  return s || 'default';
}

/** metadata.name must be a DNS-1123 subdomain or the API server rejects the object. */
export const nameInvalid = defineRule({
  code: 'metallb/name-invalid',
  severity: 'error',
  description: 'a MetalLB object name that is not a DNS-1123 subdomain (lowercase alphanumerics, "-", "."; ≤ 253)',
  check(ctx) {
    // the legacy ConfigMap's pool names are free text (MetalLB's converter makes them DNS-1123)
    if (ctx.config.form === 'configmap') return [];
    const out: Finding[] = [];
    for (const kind of KINDS) {
      for (const obj of ctx.ofKind(kind)) {
        if (obj.synthetic || obj.name === '') continue;
        if (isMacro(obj.name as unknown)) {
          out.push({ ...deferred(obj.nameLoc, 'name'), target: nameSite(ctx.config.form, obj).target });
          continue;
        }
        if (obj.name.length <= 253 && DNS1123_SUBDOMAIN.test(obj.name)) continue;
        out.push({
          ...nameSite(ctx.config.form, obj),
          message: `${kind} name "${obj.name}" is not a valid Kubernetes name (lowercase letters, digits, "-" and ".", starting and ending alphanumeric, at most 253 characters); use "${toDns1123(obj.name)}"`,
        });
      }
    }
    return out;
  },
});
