import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { communityAliases } from './community-aliases.js';

/** Alias names are global across all Community objects (MetalLB: "duplicate definition of community"). */
export const communityAliasDuplicate = defineRule({
  code: 'metallb/community-alias-duplicate',
  severity: 'error',
  description: 'a community alias name defined more than once across Community objects',
  check(ctx) {
    const out: Finding[] = [];
    for (const [name, sites] of communityAliases(ctx)) {
      const [first, ...rest] = sites;
      for (const s of rest) {
        out.push({
          message: `community alias "${name}" is already defined${first!.obj === s.obj ? ' in this Community' : ` in Community "${first!.obj.name}"`}; alias names must be unique across all Community objects. Rename or remove one`,
          loc: s.obj.at('communities', s.index, 'name'),
          related: [{ loc: first!.obj.at('communities', first!.index, 'name'), message: `alias "${name}" first defined here` }],
        });
      }
    }
    return out;
  },
});
