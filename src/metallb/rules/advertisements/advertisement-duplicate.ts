import type { Finding } from '../../../diagnostics/finding.js';
import type { MObject } from '../../model.js';
import { defineRule } from '../../rule.js';

const FIELDS: Record<'L2Advertisement' | 'BGPAdvertisement', string[]> = {
  L2Advertisement: ['ipAddressPools'],
  BGPAdvertisement: ['ipAddressPools', 'communities', 'peers'],
};

function duplicatesIn(adv: MObject, field: string): Finding[] {
  const list = adv.spec[field];
  if (!Array.isArray(list)) return [];
  const first = new Map<string, number>();
  const out: Finding[] = [];
  list.forEach((v: unknown, i) => {
    if (typeof v !== 'string') return;
    const prev = first.get(v);
    if (prev === undefined) return void first.set(v, i);
    out.push({
      message: `"${v}" is listed twice in ${field} of ${adv.kind} "${adv.name}"; MetalLB rejects duplicates. Remove this one`,
      loc: adv.at(field, i),
      related: [{ loc: adv.at(field, prev), message: `"${v}" first listed here` }],
    });
  });
  return out;
}

/** MetalLB's validateDuplicate: the same pool, community or peer twice in one advertisement. */
export const advertisementDuplicate = defineRule({
  code: 'metallb/advertisement-duplicate',
  severity: 'error',
  description: 'the same pool, community or peer listed twice in one advertisement',
  check(ctx) {
    const out: Finding[] = [];
    for (const kind of ['L2Advertisement', 'BGPAdvertisement'] as const) {
      for (const adv of ctx.ofKind(kind)) for (const f of FIELDS[kind]) out.push(...duplicatesIn(adv, f));
    }
    return out;
  },
});
