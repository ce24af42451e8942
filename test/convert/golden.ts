import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CONVERT_FIXTURES = join(ROOT, 'test/convert/fixtures');

/**
 * Compares `actual` with test/golden/<area>/<name> byte for byte; `UPDATE_GOLDEN=1` rewrites the
 * file instead (review the diff).
 */
export function expectGolden(area: 'convert' | 'inspect', name: string, actual: string): void {
  const file = join(ROOT, 'test/golden', area, name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/${area}`);
  expect(actual, `golden ${area}/${name}`).toBe(readFileSync(file, 'utf8'));
}
