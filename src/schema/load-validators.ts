import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { IN_BUNDLE } from '../core/in-bundle.js';
import { compileValidator } from './compile.js';
import { VALIDATOR_REFS, moduleOf, validatorFile, type Validator, type ValidatorName, type Validators } from './validator-set.js';


let ownDir: string | undefined;

/**
 * dist/schema/validators/, written by `npm run build` (build-validators.ts): next to this module in
 * dist/schema/, one folder over from the bundle in dist/bundle/. From src/ (vitest) it does not
 * exist and the validators are compiled at run time.
 */
export function precompiledDir(): string {
  ownDir ??= fileURLToPath(new URL(IN_BUNDLE ? '../schema/validators/' : './validators/', import.meta.url));
  return ownDir;
}

/**
 * Loads one precompiled CommonJS module synchronously. In the bundle, through the bundle's own
 * `require` (bin/load-bundle.cjs), which compiles it with its V8 code cache like a chunk. Undefined
 * when the file is absent or cannot be required.
 */
export function loadPrecompiledModule(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const load = IN_BUNDLE ? require : createRequire(import.meta.url);
    return load(file) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Validator>();
/** validators from precompiledDir(), by name */
const ownValidators = new Map<ValidatorName, Validator>();
const sources = new Map<string, 'precompiled' | 'runtime'>();

/**
 * One validator, synchronously: from its precompiled module when present (ajv is never imported on
 * that path), else compiled from schemas/ with ajv at run time. Each is loaded once, on first use.
 */
export function getValidator(name: ValidatorName, dir?: string): Validator {
  // the usual call (the default folder) is once per checked object: answered without building a key
  if (dir === undefined) {
    const own = ownValidators.get(name);
    if (own) return own;
  }
  const folder = dir ?? precompiledDir();
  const key = `${folder}\0${name}`;
  const hit = cache.get(key);
  if (hit) {
    if (dir === undefined) ownValidators.set(name, hit);
    return hit;
  }
  const mod = loadPrecompiledModule(validatorFile(folder, moduleOf(name)));
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
  if (dir === undefined) ownValidators.set(name, v);
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
