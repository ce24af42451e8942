import type { Finding } from '../../../diagnostics/finding.js';
import { isLiteralString } from '../addresses/literal-string.js';
import { defineRule } from '../../rule.js';
import { didYouMean } from './closest-name.js';
import { communityAliases } from './community-aliases.js';
import { COMMUNITY_FORMS, parseCommunity } from './community-value.js';

/** A BGPAdvertisement community that is not a value is an alias and must be defined in a Community. */
export const communityUnknownAlias = defineRule({
  code: 'metallb/community-unknown-alias',
  severity: 'error',
  description: 'a BGPAdvertisement community that is neither a community value nor a defined alias',
  check(ctx) {
    const aliases = communityAliases(ctx);
    const out: Finding[] = [];
    for (const adv of ctx.ofKind('BGPAdvertisement')) {
      const list = adv.spec['communities'];
      if (!Array.isArray(list)) continue;
      list.forEach((c: unknown, i) => {
        if (!isLiteralString(c) || aliases.has(c) || parseCommunity(c) !== undefined) return;
        const parts = c.split(':');
        const hint = parts.length === 3 && parts.every((p) => /^\d+$/.test(p)) ? `; for a large community write \`large:${c}\`` : didYouMean(c, aliases.keys());
        out.push({
          message: `community "${c}" is neither a community value nor an alias defined in a Community; MetalLB keeps retrying the advertisement until it exists. Write ${COMMUNITY_FORMS}, or define the alias${hint}`,
          loc: adv.at('communities', i),
        });
      });
    }
    return out;
  },
});
