import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { frrFix } from './fix.js';

/** The native BGP speaker has no BFD: BFD profiles need FRR. */
export const nativeBfd = defineRule({
  code: 'metallb/native-bfd',
  severity: 'error',
  description: 'a BFDProfile in native BGP mode (BFD needs FRR)',
  check(ctx) {
    if (ctx.mode !== 'native') return [];
    const out: Finding[] = [];
    for (const p of ctx.ofKind('BFDProfile')) {
      const what = ctx.config.form === 'configmap' ? 'the bfd-profiles entry' : 'the BFDProfile';
      out.push({ message: `BFD profile "${p.name}" needs FRR; the native BGP speaker has no BFD: ${frrFix(ctx, `remove ${what}`)}`, loc: p.nameLoc });
    }
    return out;
  },
});
