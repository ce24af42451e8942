import type { Rule } from '../../rule.js';
import { advertisementDuplicate } from './advertisement-duplicate.js';
import { aggregationLengthInvalid } from './aggregation-length-invalid.js';
import { aggregationServiceSelectors } from './aggregation-service-selectors.js';
import { aggregationTooShort } from './aggregation-too-short.js';
import { communityAliasDuplicate } from './community-alias-duplicate.js';
import { communityInvalid } from './community-invalid.js';
import { communityUnknownAlias } from './community-unknown-alias.js';
import { localprefConflict } from './localpref-conflict.js';
import { localprefEbgp } from './localpref-ebgp.js';
import { poolUnannounced } from './pool-unannounced.js';
import { unknownPeer } from './unknown-peer.js';
import { unknownPool } from './unknown-pool.js';

/** Rules of this area, in the order they run. */
export const rules: Rule[] = [
  poolUnannounced,
  unknownPool,
  unknownPeer,
  advertisementDuplicate,
  communityInvalid,
  communityAliasDuplicate,
  communityUnknownAlias,
  aggregationLengthInvalid,
  aggregationTooShort,
  aggregationServiceSelectors,
  localprefConflict,
  localprefEbgp,
];
