import type { Rule } from '../../rule.js';
import { addressInvalid } from './address-invalid.js';
import { addressMixedFamily } from './address-mixed-family.js';
import { addressRangeReversed } from './address-range-reversed.js';
import { buggyIps } from './buggy-ips.js';
import { cidrHostBits } from './cidr-host-bits.js';
import { duplicateName } from './duplicate-name.js';
import { nameInvalid } from './name-invalid.js';
import { nameMissing } from './name-missing.js';
import { poolEmpty } from './pool-empty.js';
import { poolNoAddresses } from './pool-no-addresses.js';
import { poolOverlap } from './pool-overlap.js';

/** Rules of this area, in the order they run. */
export const rules: Rule[] = [
  nameMissing,
  nameInvalid,
  duplicateName,
  poolNoAddresses,
  addressInvalid,
  addressRangeReversed,
  addressMixedFamily,
  cidrHostBits,
  poolOverlap,
  buggyIps,
  poolEmpty,
];
