import type { Finding } from '../../../diagnostics/finding.js';
import { API_VERSIONS } from '../../fields.js';
import { defineRule } from '../../rule.js';
import { atLeastVersion } from '../../version.js';
import { apiVersionLoc, gatesFields, userObjects } from './gate.js';

/** apiVersion must be one MetalLB serves for the kind; BGPPeer v1beta1 is deprecated from 0.14 (info before). */
export const apiVersion = defineRule({
  code: 'metallb/api-version',
  severity: 'error',
  description: 'an apiVersion MetalLB does not serve for the kind (error), or the deprecated BGPPeer v1beta1 (warning from 0.14, info before)',
  check(ctx) {
    if (!gatesFields(ctx)) return [];
    const out: Finding[] = [];
    for (const obj of userObjects(ctx)) {
      const served = API_VERSIONS[obj.kind];
      const ver = obj.apiVersion.replace(/^metallb\.io\//, '');
      const info = served[ver];
      if (!info || !atLeastVersion(ctx.version, info.since)) {
        const known = Object.keys(served).map((v) => `metallb.io/${v}`);
        out.push({ message: `${obj.kind} is not served as ${obj.apiVersion}; write apiVersion: ${known[known.length - 1]}`, loc: apiVersionLoc(ctx, obj) });
        continue;
      }
      if (obj.kind === 'BGPPeer' && ver === 'v1beta1') {
        const deprecated = info.deprecated !== undefined && atLeastVersion(ctx.version, info.deprecated);
        out.push({
          severity: deprecated ? 'warning' : 'info',
          message: `metallb.io/v1beta1 BGPPeer is ${deprecated ? `deprecated since MetalLB ${info.deprecated}` : 'the older API'}; write apiVersion: metallb.io/v1beta2 (it also allows passwordSecret, vrf and the newer fields)`,
          loc: apiVersionLoc(ctx, obj),
        });
      }
    }
    return out;
  },
});
