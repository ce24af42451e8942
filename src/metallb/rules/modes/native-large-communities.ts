import type { Finding } from '../../../diagnostics/finding.js';
import { isPlainObject } from '../../../values/layers.js';
import type { Loc } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { frrFix } from './fix.js';

const LARGE = /^\s*large\s*:/i;

/** Large communities (`large:A:B:C`, directly or through a Community alias) need FRR. */
export const nativeLargeCommunities = defineRule({
  code: 'metallb/native-large-community',
  severity: 'error',
  description: 'a large BGP community (large:A:B:C) used by a BGPAdvertisement in native mode',
  check(ctx) {
    if (ctx.mode !== 'native') return [];
    const aliases = new Map<string, Loc>();
    for (const c of ctx.ofKind('Community')) {
      const list = c.spec['communities'];
      if (!Array.isArray(list)) continue;
      list.forEach((e, i) => {
        if (isPlainObject(e) && typeof e['name'] === 'string' && typeof e['value'] === 'string' && LARGE.test(e['value'])) {
          if (!aliases.has(e['name'])) aliases.set(e['name'], c.at('communities', i, 'value'));
        }
      });
    }
    const out: Finding[] = [];
    for (const ad of ctx.ofKind('BGPAdvertisement')) {
      const list = ad.spec['communities'];
      if (!Array.isArray(list)) continue;
      list.forEach((c, i) => {
        if (typeof c !== 'string') return;
        const direct = LARGE.test(c);
        const alias = aliases.get(c.trim());
        if (!direct && !alias) return;
        out.push({
          message: `${direct ? `"${c}" is a large community` : `community "${c}" is a large community`}; the native BGP speaker sends only standard communities (AA:NN): ${frrFix(ctx, 'use a standard AA:NN community')}`,
          loc: ad.at('communities', i),
          related: alias ? [{ loc: alias, message: 'defined as a large community here' }] : undefined,
        });
      });
    }
    return out;
  },
});
