import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { atLeastVersion } from '../../version.js';
import { AGGREGATION_FIELDS, hasServiceSelectors } from './bgp-settings.js';

/** 0.16+: serviceSelectors and a non-default aggregation length are mutually exclusive (CRD rule). */
export const aggregationServiceSelectors = defineRule({
  code: 'metallb/aggregation-service-selectors',
  severity: 'error',
  description: 'a BGPAdvertisement with serviceSelectors and a non-default aggregationLength/aggregationLengthV6',
  check(ctx) {
    if (!atLeastVersion(ctx.version, '0.16.0')) return [];
    const out: Finding[] = [];
    for (const adv of ctx.ofKind('BGPAdvertisement')) {
      if (!hasServiceSelectors(adv)) continue;
      for (const { field, max } of AGGREGATION_FIELDS) {
        const v = adv.spec[field];
        if (typeof v !== 'number' || v === max) continue;
        out.push({
          message: `${field} ${v} cannot be combined with serviceSelectors; an advertisement that selects services must keep the default ${max}. Remove ${field} or split the advertisement`,
          loc: adv.at(field),
        });
      }
    }
    return out;
  },
});
