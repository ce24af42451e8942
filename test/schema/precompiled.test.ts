/**
 * The precompiled (standalone CommonJS) validators and the ones ajv compiles at run time must agree.
 * The modules are generated into a temporary folder here, so no build is needed; when dist/ holds
 * a build, its modules are compared too, and a child process checks that the precompiled path
 * never loads ajv.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { generateModuleSource } from '../../src/schema/build-validators.js';
import { compileValidator } from '../../src/schema/compile.js';
import { getValidator, loadPrecompiledModule, validatorSource } from '../../src/schema/load-validators.js';
import { VALIDATOR_MODULES, VALIDATOR_REFS, moduleOf, validatorFile, type Validator, type ValidatorName } from '../../src/schema/validator-set.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST_VALIDATORS = join(ROOT, 'dist/schema/validators/');
const haveBuild = existsSync(join(DIST_VALIDATORS, 'pack.cjs')) && existsSync(join(ROOT, 'dist/schema/check-values.js'));

const inputs: Partial<Record<ValidatorName, unknown[]>> = {
  pack: [{ namespace: 'metallb-system' }, { namespace: 'Bad_NS', extra: 1 }, { content: { images: ['x', { img: 1 }] } }, 'not an object'],
  manifest: [{ addresses: ['10.0.0.0/24'], avoidBuggyIps: true }, { addresses: 'x', avoidBuggyIPs: 1 }],
  helm: [
    { configuration: { ipaddresspools: { p: { spec: { addresses: ['10.0.0.0/24'] } } } } },
    { configuraton: {}, configuration: { bgppeers: { r: { spec: { myASN: '1', peerPort: 0, holdTime: '9 0' } } }, x: {} } },
  ],
  chart013: [{ speaker: { frr: { enabled: true } } }, { frrk8s: { enabled: true }, speaker: { frr: { enable: true }, logLevel: 'loud' } }],
  chart014: [{ frrk8s: { enabled: true } }, { controller: { livenessProbe: { port: 1 } } }],
  chart015: [{ networkpolicies: { enabled: true } }, { prometheus: { prometheusRule: { addressPoolUsage: { thresholds: [{ percent: 101 }] } } } }],
  chart016: [{ tls: { minVersion: 'VersionTLS13' }, speaker: { bgpDebounceTimeout: 10 } }, { speaker: { bgpDebounceTimeout: -1 }, prometheus: { rbacProxy: {} } }],
  IPAddressPool: [{ addresses: ['10.0.0.0/24'] }, { autoAssign: 'yes' }],
  L2Advertisement: [{ interfaces: 'eth0', nodeSelectors: [{ matchLabels: { a: 1 } }] }],
  BGPAdvertisement: [{ aggregationLength: 0, localPref: 4294967296 }],
  BGPPeer: [{ myASN: 64512, peerASN: 64513, peerAddress: '10.0.0.1' }, { myASN: -1, dynamicASN: 'int', keepaliveTime: 'soon', passwordSecret: { nam: 'x' } }],
  Community: [{ communities: [{ name: 'a', value: '1:1', x: 1 }] }],
  BFDProfile: [{ receiveInterval: 5, detectMultiplier: 256, echoMode: 'on' }],
};

function outcome(v: Validator, data: unknown) {
  const ok = v(data);
  const errors = (v.errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath, schemaPath: e.schemaPath, params: e.params, data: e.data }));
  return { ok, errors };
}

let tmp: string | undefined;
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('precompiled validators', () => {
  test('every validator belongs to exactly one module', () => {
    const listed = Object.values(VALIDATOR_MODULES).flat().sort();
    expect(listed).toEqual(Object.keys(VALIDATOR_REFS).sort());
  });

  test('generated modules are CommonJS without require() (no ajv at run time) and agree with the run-time validators', () => {
    tmp = mkdtempSync(join(tmpdir(), 'spectro-pack-validators-'));
    for (const mod of Object.keys(VALIDATOR_MODULES)) {
      const src = generateModuleSource(mod);
      expect(/require\(/.test(src), `${mod} calls require()`).toBe(false);
      expect(/\bexports\.\w+ = /.test(src), `${mod} has CommonJS exports`).toBe(true);
      writeFileSync(join(tmp, `${mod}.cjs`), src);
    }
    for (const [name, list] of Object.entries(inputs) as [ValidatorName, unknown[]][]) {
      const mod = loadPrecompiledModule(validatorFile(tmp!, moduleOf(name)));
      expect(mod, `module for ${name}`).toBeDefined();
      const pre = mod![name] as Validator;
      const rt = compileValidator(name);
      for (const data of list) expect(outcome(pre, data), `${name} ${JSON.stringify(data)}`).toEqual(outcome(rt, data));
    }
  });

  test('verbose errors keep what the messages need (parentSchema, data)', () => {
    const v = compileValidator('BGPPeer');
    v({ myASN: 1, peerPort: 0, foo: 1 });
    const range = v.errors!.find((e) => e.keyword === 'minimum')!;
    expect(range.parentSchema?.['maximum']).toBe(16384);
    const unknown = v.errors!.find((e) => e.keyword === 'additionalProperties')!;
    expect(Object.keys(unknown.parentSchema?.['properties'] as object)).toContain('peerAddress');
  });

  test('without a build (vitest runs src/) the loader falls back to compiling at run time', () => {
    const dir = join(ROOT, 'no-such-dir/');
    const v = getValidator('pack', dir);
    expect(validatorSource('pack', dir)).toBe('runtime');
    expect(v({ namespace: 'ok' })).toBe(true);
    expect(v({ namespace: 'Not OK' })).toBe(false);
    expect(loadPrecompiledModule(join(ROOT, 'no-such-dir/pack.cjs'))).toBeUndefined();
  });

  describe.skipIf(!haveBuild)('the build in dist/ (skipped only when dist/ was not built: vitest run without npm run build; npm test always builds)', () => {
    test('dist modules agree with the run-time validators', () => {
      for (const [name, list] of Object.entries(inputs) as [ValidatorName, unknown[]][]) {
        const mod = loadPrecompiledModule(validatorFile(DIST_VALIDATORS, moduleOf(name)));
        expect(mod, `dist module for ${name}`).toBeDefined();
        const rt = compileValidator(name);
        for (const data of list) expect(outcome(mod![name] as Validator, data)).toEqual(outcome(rt, data));
      }
    });

    test('the precompiled path does not load ajv', () => {
      const script = `
        import { createRequire } from 'node:module';
        const { checkValuesSchema } = await import(${JSON.stringify(join(ROOT, 'dist/schema/check-values.js'))});
        const { validatorSource } = await import(${JSON.stringify(join(ROOT, 'dist/schema/load-validators.js'))});
        const f = checkValuesSchema({ packKind: 'lb-metallb-helm', values: { pack: { namespace: 'x' }, charts: { 'metallb-full': { metallb: { speker: {} } } } },
          locate: (path) => ({ file: 'v', path }), version: { major: 0, minor: 14, patch: 9, raw: '0.14.9' } });
        const cache = Object.keys(createRequire(import.meta.url).cache);
        console.log(JSON.stringify({ codes: f.map((x) => x.code), ajv: cache.some((k) => /[\\\\/]node_modules[\\\\/]ajv[\\\\/]/.test(k)), source: validatorSource('chart014') }));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
      expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ codes: ['schema/unknown-key'], ajv: false, source: 'precompiled' });
    });
  });
});
