import type { Rule } from '../../rule.js';
import { apiVersion } from './api-version.js';
import { crsUnsupportedVersion } from './crs-unsupported-version.js';
import { fieldDeprecated } from './field-deprecated.js';
import { fieldVersion } from './field-version.js';
import { largeCommunityVersion } from './large-community-version.js';
import { peerV1beta1Field } from './peer-v1beta1.js';

/** Rules of this area, in the order they run. */
export const rules: Rule[] = [crsUnsupportedVersion, apiVersion, fieldVersion, fieldDeprecated, peerV1beta1Field, largeCommunityVersion];
