import type { Finding } from '../../../diagnostics/finding.js';
import { defineRule } from '../../rule.js';
import { deferIfMacro, readInt } from './read.js';
import { fieldName } from '../wording.js';

const BOUNDS: [field: string, min: number, max: number, unit: string][] = [
  ['receiveInterval', 10, 60000, ' ms'],
  ['transmitInterval', 10, 60000, ' ms'],
  ['echoInterval', 10, 60000, ' ms'],
  ['detectMultiplier', 2, 255, ''],
  ['minimumTtl', 1, 254, ''],
];

/** BFDProfile bounds: intervals 10..60000 ms, detectMultiplier 2..255, minimumTtl 1..254. */
export const bfdBounds = defineRule({
  code: 'metallb/bfd-profile-bounds',
  severity: 'error',
  description: 'a BFDProfile interval outside 10..60000 ms, detectMultiplier outside 2..255 or minimumTtl outside 1..254',
  check(ctx) {
    const out: Finding[] = [];
    for (const profile of ctx.ofKind('BFDProfile')) {
      for (const [field, min, max, unit] of BOUNDS) {
        const r = readInt(profile, field);
        if (r.kind === 'macro') out.push(...deferIfMacro(profile, field, 'number'));
        if (r.kind === 'value' && (r.value < min || r.value > max)) {
          out.push({ message: `${fieldName(ctx, field)} ${r.value}${unit} is out of range; use ${min}..${max}${unit}`, loc: profile.at(field) });
        }
      }
    }
    return out;
  },
});
