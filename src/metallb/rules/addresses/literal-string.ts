import { isMacro } from '../../../values/macro.js';

/** A string written as is: not a Palette macro, which is resolved only at deploy time. */
export function isLiteralString(v: unknown): v is string {
  return typeof v === 'string' && !isMacro(v);
}
