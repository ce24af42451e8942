import type { Rule } from '../../rule.js';
import { frrDuplicatePeer } from './frr-duplicate-peer.js';
import { frrMyAsn } from './frr-my-asn.js';
import { frrRouterId } from './frr-router-id.js';
import { nativeBfd } from './native-bfd.js';
import { nativeIpv6 } from './native-ipv6.js';
import { nativeLargeCommunities } from './native-large-communities.js';
import { nativePeerFields } from './native-peer-fields.js';

/** Rules of this area, in the order they run. */
export const rules: Rule[] = [nativePeerFields, nativeBfd, nativeIpv6, nativeLargeCommunities, frrRouterId, frrMyAsn, frrDuplicatePeer];
