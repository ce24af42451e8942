import { defineRule } from '../../rule.js';
import { poolAddresses } from './pool-addresses.js';

/** MetalLB rejects a pool without prefixes ("pool has no prefixes defined"). */
export const poolNoAddresses = defineRule({
  code: 'metallb/pool-no-addresses',
  severity: 'error',
  description: 'an IPAddressPool with no `addresses` entries',
  check(ctx) {
    const fieldName = ctx.config.form === 'manifest' ? 'manifests.metallb.addresses' : 'addresses';
    return ctx
      .ofKind('IPAddressPool')
      .filter((pool) => ['missing', 'empty'].includes(poolAddresses(pool).state))
      .map((pool) => ({
        message: `${pool.synthetic ? 'the pool' : `pool "${pool.name}"`} has no addresses; MetalLB rejects it. Add at least one CIDR or range to ${fieldName}, e.g. \`192.168.10.0/24\``,
        loc: pool.at('addresses'),
      }));
  },
});
