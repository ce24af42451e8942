import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { usesConfigMap } from '../../version.js';
import { apiVersionLoc, userObjects } from './gate.js';

/** MetalLB ≤ 0.12 reads the ConfigMap `config` and ignores metallb.io resources entirely. */
export const crsUnsupportedVersion = defineRule({
  code: 'metallb/crs-unsupported-version',
  severity: 'error',
  description: 'MetalLB custom resources with a target version of 0.12 or older (those read the ConfigMap)',
  check(ctx) {
    if (ctx.config.form !== 'crs' && ctx.config.form !== 'helm') return [];
    if (!usesConfigMap(ctx.version)) return [];
    const objs = userObjects(ctx);
    const first = objs[0];
    if (!first) return [];
    const out: Finding[] = [
      {
        message: `MetalLB ${ctx.version.raw} is configured by the ConfigMap "config" and ignores metallb.io resources (${objs.length} here); target MetalLB 0.13 or newer (--metallb-version), or write the ConfigMap (spectro-pack convert)`,
        loc: apiVersionLoc(ctx, first),
      },
    ];
    return out;
  },
});
