import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvClassType, Options } from 'ajv';
import { AJV_OPTIONS, VALIDATOR_REFS, type Validator, type ValidatorName } from './validator-set.js';

type AjvClass = typeof AjvClassType;
export type AjvInstance = AjvClassType;
export type AjvOptions = Options;

/** schemas/ at the package root: the same relative place from src/schema/ and dist/schema/. */
export function schemasDir(): string {
  return fileURLToPath(new URL('../../schemas/', import.meta.url));
}

/** Every `*.schema.json` in schemas/, parsed, in a stable order. */
export function readSchemas(dir = schemasDir()): Record<string, unknown>[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
}

/**
 * An ajv instance holding every schema. ajv is loaded here with a synchronous `require`, so that
 * importing this module does not load ajv; only calling this does.
 */
export function makeAjv(extra: AjvOptions = {}): AjvInstance {
  const req = createRequire(import.meta.url);
  const mod = req('ajv') as { default?: AjvClass; Ajv?: AjvClass };
  const Ajv = (mod.Ajv ?? mod.default) as AjvClass;
  const ajv = new Ajv({ ...AJV_OPTIONS, keywords: [...AJV_OPTIONS.keywords], ...extra });
  for (const s of readSchemas()) ajv.addSchema(s);
  return ajv;
}

let runtimeAjv: AjvInstance | undefined;

/** Compiles one validator at run time (when the precompiled module is absent, e.g. under vitest). */
export function compileValidator(name: ValidatorName, ajv?: AjvInstance): Validator {
  const a = ajv ?? (runtimeAjv ??= makeAjv());
  const v = a.getSchema(VALIDATOR_REFS[name]);
  if (!v) throw new Error(`schema ${VALIDATOR_REFS[name]} not found in ${schemasDir()}`);
  return v as unknown as Validator;
}
