import type { Rule } from '../rule.js';
import { rules as addresses } from './addresses/index.js';
import { rules as advertisements } from './advertisements/index.js';
import { rules as peers } from './peers/index.js';
import { rules as modes } from './modes/index.js';
import { rules as versions } from './versions/index.js';

/** Every MetalLB rule for the 0.13+ model (the legacy ConfigMap is first converted to it). */
export const metallbRules: Rule[] = [...addresses, ...advertisements, ...peers, ...modes, ...versions];
