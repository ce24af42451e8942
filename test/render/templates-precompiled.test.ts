import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTemplate, loadTemplate, PRECOMPILED_DIRS, precompiledTemplatesModule, TEMPLATES_URL } from '../../src/render/templates.js';
import { PRECOMPILED } from '../../src/render/templates.precompiled.js';
import { ROOT } from './helpers.js';

const MODULE = join(ROOT, 'src/render/templates.precompiled.ts');

/** Contexts that take every branch of the render and convert templates. */
const OBJECT = { apiVersion: 'metallb.io/v1beta1', name: 'p-1', namespace: 'yes', labels: { tier: 'a', 'x: y': 'on' }, spec: { addresses: ['10.0.0.0/24'], autoAssign: false, n: 7, e: {} } };
const CONTEXTS: object[] = [
  OBJECT,
  { ...OBJECT, labels: null },
  { name: 'config', namespace: 'metallb-system', config: 'address-pools:\n  - name: default\n' },
  { configuration: { ipaddresspools: { a: { spec: { addresses: ['10.0.0.0/24'] } } }, l2advertisements: {} } },
];

describe('precompiled templates', () => {
  it('templates.precompiled.ts is current (UPDATE_PRECOMPILED=1 rewrites it)', () => {
    const want = precompiledTemplatesModule();
    if (process.env['UPDATE_PRECOMPILED'] === '1') writeFileSync(MODULE, want);
    expect(readFileSync(MODULE, 'utf8'), 'templates/ changed: regenerate src/render/templates.precompiled.ts').toBe(want);
  });

  it('covers every template of render and convert, and each renders what compiling its source renders', () => {
    const names = Object.keys(PRECOMPILED).sort();
    expect(names.length).toBeGreaterThanOrEqual(9);
    expect(new Set(names.map((n) => n.split('/')[0]))).toEqual(new Set(PRECOMPILED_DIRS));
    for (const name of names) {
      const source = readFileSync(new URL(name, TEMPLATES_URL), 'utf8');
      const loaded = loadTemplate(name);
      const compiled = compileTemplate(name, source);
      for (const ctx of CONTEXTS) {
        const outcome = (t: (c: object) => string) => {
          try {
            return `ok ${t(ctx)}`;
          } catch (e) {
            return `throws ${(e as Error).message}`;
          }
        };
        expect(outcome(loaded), name).toBe(outcome(compiled));
      }
    }
  });
});
