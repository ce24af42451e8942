import type { Finding } from '../../../diagnostics/finding.js';
import { isMacro } from '../../../values/macro.js';
import { defineRule } from '../../rule.js';
import { deferred } from '../deferred.js';
import { communityAliases } from './community-aliases.js';
import { COMMUNITY_FORMS, parseCommunity } from './community-value.js';

/**
 * Community values: in a Community object every `value` must be `AA:NN` or `large:A:B:C`; in a
 * BGPAdvertisement a string with that shape (and not an alias) must be a valid value too.
 */
export const communityInvalid = defineRule({
  code: 'metallb/community-invalid',
  severity: 'error',
  description: 'a BGP community value that is not `AA:NN` (uint16 each) or `large:A:B:C` (uint32 each)',
  check(ctx) {
    const out: Finding[] = [];
    // the legacy ConfigMap's communities are checked while it is read (legacy/community, AA:NN only):
    // report each bad value once, and only macros (deferred) here
    const legacy = ctx.config.form === 'configmap';
    for (const obj of ctx.ofKind('Community')) {
      const list = obj.spec['communities'];
      if (!Array.isArray(list)) continue;
      list.forEach((c: unknown, i) => {
        if (typeof c !== 'object' || c === null) return;
        const value = (c as Record<string, unknown>)['value'];
        const loc = obj.at('communities', i, 'value');
        if (isMacro(value)) return void out.push(deferred(loc, 'community value'));
        if (typeof value !== 'string' || legacy) return;
        const parsed = parseCommunity(value);
        if (parsed?.ok) return;
        out.push({ loc, message: parsed ? parsed.message : `\`${value}\` is not a community value; write ${COMMUNITY_FORMS}` });
      });
    }
    const aliases = communityAliases(ctx);
    for (const adv of ctx.ofKind('BGPAdvertisement')) {
      const list = adv.spec['communities'];
      if (!Array.isArray(list)) continue;
      list.forEach((c: unknown, i) => {
        const loc = adv.at('communities', i);
        if (isMacro(c)) return void out.push(deferred(loc, 'community'));
        if (typeof c !== 'string' || legacy || aliases.has(c)) return;
        const parsed = parseCommunity(c);
        if (parsed && !parsed.ok) out.push({ loc, message: parsed.message });
      });
    }
    return out;
  },
});
