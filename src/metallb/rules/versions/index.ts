import type { Rule } from '../../rule.js';

/** Rules of this area, in the order they run. */
export const rules: Rule[] = [];
