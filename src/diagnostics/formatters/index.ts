import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** name → formatter; `--format` chooses from these keys. */
export const formatters: Record<string, Formatter> = {
  stylish,
  json,
};

export type { FormatOptions, FormatTarget, Formatter, Style } from './types.js';
export { plainStyle } from './types.js';
