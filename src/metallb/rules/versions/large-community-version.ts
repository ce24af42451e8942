import type { Finding } from '../../../diagnostics/finding.js';
import { isPlainObject } from '../../../values/layers.js';
import { LARGE_COMMUNITIES_SINCE } from '../../fields.js';
import { defineRule } from '../../rule.js';
import { atLeastVersion } from '../../version.js';
import { gatesFields, target, userObjects } from './gate.js';

const LARGE = /^\s*large\s*:/i;

/** `large:A:B:C` communities arrived in MetalLB 0.13.10. */
export const largeCommunityVersion = defineRule({
  code: 'metallb/large-community-version',
  severity: 'error',
  description: 'a large community (large:A:B:C) with a target older than MetalLB 0.13.10',
  check(ctx) {
    if (!gatesFields(ctx) || atLeastVersion(ctx.version, LARGE_COMMUNITIES_SINCE)) return [];
    const out: Finding[] = [];
    const msg = `large communities need MetalLB ${LARGE_COMMUNITIES_SINCE} or newer; ${target(ctx)}: use a standard AA:NN community or upgrade`;
    for (const obj of userObjects(ctx)) {
      const list = obj.spec['communities'];
      if (!Array.isArray(list)) continue;
      list.forEach((c, i) => {
        if (obj.kind === 'BGPAdvertisement' && typeof c === 'string' && LARGE.test(c)) out.push({ message: msg, loc: obj.at('communities', i) });
        if (obj.kind === 'Community' && isPlainObject(c) && typeof c['value'] === 'string' && LARGE.test(c['value'])) {
          out.push({ message: msg, loc: obj.at('communities', i, 'value') });
        }
      });
    }
    return out;
  },
});
