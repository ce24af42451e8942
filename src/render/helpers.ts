import type { HelperOptions } from 'handlebars';
import { yamlBlock, yamlField, yamlScalar } from './yaml-emit.js';

/**
 * The YAML helpers templates may use, and the only mustaches they may contain (templates.ts
 * refuses any other): every value reaches the output through the yaml library.
 * - `{{scalar x}}`                  one scalar, on the current line, quoted as needed
 * - `{{field "key" x indent=N}}`    `key: x` at N spaces; collections as a nested block
 * - `{{block x indent=N}}`          a collection as a YAML block, every line at N+ spaces
 */
export const YAML_HELPERS = {
  scalar(value: unknown): string {
    return yamlScalar(value);
  },
  field(key: unknown, value: unknown, options: HelperOptions): string {
    if (typeof key !== 'string') throw new TypeError('field: the key must be a string literal');
    return yamlField(key, value, indentOf(options));
  },
  block(value: unknown, options: HelperOptions): string {
    return yamlBlock(value, indentOf(options));
  },
} as const;

export const YAML_HELPER_NAMES: ReadonlySet<string> = new Set(Object.keys(YAML_HELPERS));

/** Block helpers a template may use for structure (never for output). */
export const STRUCTURE_HELPERS: ReadonlySet<string> = new Set(['if', 'unless', 'each', 'with']);

function indentOf(options: HelperOptions | undefined): number {
  const raw: unknown = options?.hash?.['indent'] ?? 0;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw > 64) throw new TypeError(`indent must be an integer 0..64, got ${String(raw)}`);
  return raw;
}
