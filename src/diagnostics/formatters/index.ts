import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** name → formatter; `--format` chooses from these keys. */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
  sarif,
  github,
  junit,
};

export type { FormatOptions, FormatTarget, Formatter, Style } from './types.js';
export { plainStyle } from './types.js';
