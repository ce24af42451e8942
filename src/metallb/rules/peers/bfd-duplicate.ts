import type { Finding } from '../../../diagnostics/finding.js';
import type { MObject } from '../../model.js';
import { defineRule } from '../../rule.js';
import { objectName } from '../wording.js';

/** Two BFDProfiles with one name: the second replaces the first. */
export const bfdDuplicate = defineRule({
  code: 'metallb/bfd-profile-duplicate',
  severity: 'error',
  description: 'two BFDProfiles with the same name',
  check(ctx) {
    const out: Finding[] = [];
    const first = new Map<string, MObject>();
    for (const p of ctx.ofKind('BFDProfile')) {
      const prev = first.get(p.name);
      if (!prev) {
        first.set(p.name, p);
        continue;
      }
      out.push({ message: `${objectName(ctx, p)} is defined twice; rename or remove one`, loc: p.nameLoc, related: [{ loc: prev.nameLoc, message: 'first defined here' }] });
    }
    return out;
  },
});
