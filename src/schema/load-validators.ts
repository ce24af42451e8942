import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileValidator } from './compile.js';
import { VALIDATOR_REFS, moduleOf, type Validator, type ValidatorName, type Validators } from './validator-set.js';

/** dist/schema/validators/, written by `npm run build` (build-validators.ts). */
export function precompiledDir(): string {
  return fileURLToPath(new URL('./validators/', import.meta.url));
}

/**
 * Loads one precompiled ESM module synchronously (`require(esm)`, unflagged since Node 20.19, the
 * engines floor). Undefined when the file is absent or cannot be required.
 */
export function loadPrecompiledModule(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return createRequire(import.meta.url)(file) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Validator>();
const sources = new Map<string, 'precompiled' | 'runtime'>();

/**
 * One validator, synchronously: from its precompiled module when present (ajv is never imported on
 * that path), else compiled from schemas/ with ajv at run time. Each is loaded once, on first use.
 */
export function getValidator(name: ValidatorName, dir = precompiledDir()): Validator {
  const key = `${dir}\0${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const mod = loadPrecompiledModule(`${dir}${moduleOf(name)}.js`);
  const pre = mod?.[name];
  let v: Validator;
  if (typeof pre === 'function') {
    v = pre as Validator;
    sources.set(key, 'precompiled');
  } else {
    v = compileValidator(name);
    sources.set(key, 'runtime');
  }
  cache.set(key, v);
  return v;
}

/** All validators (tests). */
export function getValidators(): Validators {
  const out = {} as Validators;
  for (const name of Object.keys(VALIDATOR_REFS) as ValidatorName[]) out[name] = getValidator(name);
  return out;
}

/** Which path getValidator() took for a validator (tests, debugging). */
export function validatorSource(name: ValidatorName, dir = precompiledDir()): 'precompiled' | 'runtime' | undefined {
  return sources.get(`${dir}\0${name}`);
}
