import type { Rule } from '../../rule.js';
import { peerAddressOrInterface } from './address-or-interface.js';
import { asnRange } from './asn-range.js';
import { bfdBounds } from './bfd-bounds.js';
import { bfdDuplicate } from './bfd-duplicate.js';
import { bfdEchoIpv6 } from './bfd-echo-ipv6.js';
import { peerBfdProfileRef } from './bfd-profile-ref.js';
import { peerConnectTime } from './connect-time.js';
import { ebgpMultihopIbgp } from './ebgp-multihop.js';
import { peerMyAsn } from './my-asn.js';
import { peerAsn } from './peer-asn.js';
import { peerIp } from './peer-ip.js';
import { peerPort } from './peer-port.js';
import { peerPasswordConflict } from './password.js';
import { peerPasswordSecret } from './password-secret.js';
import { peerPlaintextPassword } from './plaintext-password.js';
import { peerTimers } from './timers.js';

/** Rules of this area, in the order they run. */
export const rules: Rule[] = [
  peerMyAsn,
  peerAsn,
  asnRange,
  ebgpMultihopIbgp,
  peerAddressOrInterface,
  peerIp,
  peerPort,
  peerTimers,
  peerConnectTime,
  peerPasswordConflict,
  peerPasswordSecret,
  peerPlaintextPassword,
  peerBfdProfileRef,
  bfdBounds,
  bfdDuplicate,
  bfdEchoIpv6,
];
