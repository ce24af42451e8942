/**
 * The per-family chart schemas (schemas/chart-values-0.1x.schema.json) against the upstream metallb
 * chart of each release: defaults validate clean; a value for every property the upstream schema
 * declares is accepted; keys the chart does not have are flagged.
 */
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { checkValuesSchema } from '../../src/schema/check-values.js';
import { compileValidator } from '../../src/schema/compile.js';
import { chartValidatorName } from '../../src/schema/validator-set.js';
import { parseVersion } from '../../src/metallb/version.js';
import type { Path } from '../../src/diagnostics/diagnostic.js';
import {
  TAGS,
  chartSchema,
  chartValues,
  haveUpstream,
  sampleFor,
  schemaPaths,
  valuePaths,
  withPath,
} from './upstream.js';

const CHART: Path = ['charts', 'metallb-full', 'metallb'];

function check(tag: string, chart: unknown) {
  const version = parseVersion(tag)!;
  return checkValuesSchema({
    packKind: 'lb-metallb-helm',
    values: { charts: { 'metallb-full': { metallb: chart } } },
    locate: (path) => ({ file: 'values.yaml', path }),
    version,
  });
}

/** `code@dotted.path.below.charts.metallb-full.metallb` */
function brief(findings: ReturnType<typeof check>): string[] {
  return findings.map((f) => `${f.code}@${f.loc.path.slice(CHART.length).join('.')}`);
}

/** The upstream chart's own schema, compiled leniently (it has typos such as a `resources:` key). */
function upstreamValidator(tag: string) {
  const Ajv = (createRequire(import.meta.url)('ajv') as { default: new (o: object) => { compile(s: object): (d: unknown) => boolean } }).default;
  const schema = { ...chartSchema(tag) };
  delete schema['$schema'];
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

const isConfigInline = (k: string) => k.toLowerCase() === 'configinline';

/** keys accepted although absent from that release's values.yaml and schema, and why */
const ACCEPTED_EXTRA: Record<string, string[]> = {
  // declared by the 0.13 chart schema, in a `controller` block misplaced outside `properties`
  'v0.13.12': ['controller.command', 'controller.webhookMode'],
  // the frr-k8s subchart is a dependency of the chart since 0.14: its values live under `frr-k8s`
  'v0.14.9': ['frr-k8s'],
  'v0.15.3': ['frr-k8s'],
  'v0.16.1': [],
};

describe('upstream metallb chart conformance (needs ../shared/metallb-upstream beside the checkout; fails without it)', () => {
  test('versions map to their chart family', () => {
    expect(TAGS.map((t) => chartValidatorName(parseVersion(t)!))).toEqual(['chart013', 'chart014', 'chart015', 'chart016']);
    expect(chartValidatorName(parseVersion('0.13.7')!)).toBe('chart013');
    expect(chartValidatorName(parseVersion('0.12.1')!)).toBe('chart013');
  });

  for (const tag of TAGS) {
    describe(tag, () => {
      const family = chartValidatorName(parseVersion(tag)!);

      test("the chart's default values validate clean", () => {
        const v = compileValidator(family);
        const ok = v(chartValues(tag));
        expect(v.errors ?? [], JSON.stringify(v.errors)).toEqual([]);
        expect(ok).toBe(true);
        expect(brief(check(tag, chartValues(tag)))).toEqual([]);
      });

      for (const alt of [0, 1] as const) {
        test(`a value for every property of the upstream schema is accepted (anyOf alternative ${alt === 0 ? 'first' : 'last'})`, () => {
          const root = chartSchema(tag);
          // over the defaults: the 0.13 schema requires `controller` without declaring it in `properties`
          const instance = { ...chartValues(tag), ...(sampleFor(root, root, alt, isConfigInline) as Record<string, unknown>) };
          // sanity: the instance is one the upstream schema itself accepts, and it is thorough
          expect(upstreamValidator(tag)(instance)).toBe(true);
          expect(Object.keys(instance)).toEqual(expect.arrayContaining(['controller', 'speaker', 'prometheus', 'crds']));
          const v = compileValidator(family);
          v(instance);
          expect(v.errors ?? [], JSON.stringify(v.errors, null, 1)).toEqual([]);
          expect(brief(check(tag, instance))).toEqual([]);
        });
      }

      test('configInline (and the chart schema\'s configInLine) is reported as schema/config-inline, not accepted', () => {
        expect(brief(check(tag, { configInline: { 'address-pools': [] } }))).toEqual(['schema/config-inline@configInline']);
        expect(brief(check(tag, { configInLine: {} }))).toEqual(['schema/config-inline@configInLine']);
      });

      test('keys of other releases that this chart does not have are flagged', () => {
        const own = new Set([...valuePaths(chartValues(tag)), ...schemaPaths(chartSchema(tag))]);
        const all = new Set(TAGS.flatMap((t) => [...valuePaths(chartValues(t)), ...schemaPaths(chartSchema(t))]));
        // the first missing level only (`frrk8s`, not also `frrk8s.enabled`)
        const parentOf = (p: string) => p.split('.').slice(0, -1).join('.');
        const absent = [...all]
          .filter((p) => !own.has(p) && (parentOf(p) === '' || own.has(parentOf(p))))
          .filter((p) => !ACCEPTED_EXTRA[tag]!.includes(p));
        expect(absent.length).toBeGreaterThan(tag === 'v0.16.1' ? 3 : 5);
        for (const p of absent) {
          expect(brief(check(tag, withPath(p, 'x'))), p).toEqual([`schema/unknown-key@${p}`]);
        }
        for (const p of ACCEPTED_EXTRA[tag]!) expect(brief(check(tag, withPath(p, p === 'frr-k8s' ? {} : 'x'))), p).toEqual([]);
      });
    });
  }

  test('known-absent keys and typos are flagged, with a suggestion', () => {
    expect(brief(check('v0.13.12', { frrk8s: { enabled: true } }))).toEqual(['schema/unknown-key@frrk8s']);
    expect(brief(check('v0.14.9', { frrk8s: { enabled: true } }))).toEqual([]);
    for (const tag of TAGS) {
      const f = check(tag, { speaker: { frr: { enable: true } } });
      expect(brief(f)).toEqual(['schema/unknown-key@speaker.frr.enable']);
      expect(f[0]!.message).toContain('did you mean `enabled`?');
      expect(f[0]!.target).toBe('key');
    }
    expect(brief(check('v0.16.1', { prometheus: { rbacProxy: { tag: 'v1' } } }))).toEqual(['schema/unknown-key@prometheus.rbacProxy']);
    expect(brief(check('v0.15.3', { tls: { minVersion: 'VersionTLS13' } }))).toEqual(['schema/unknown-key@tls']);
    expect(brief(check('v0.16.1', { controller: { resources: { limits: { cpu: '100m' } }, nodeSelector: { a: 'b' }, podAnnotations: { x: 'y' }, tolerations: [{ key: 'k', effect: 'NoSchedule' }], affinity: { nodeAffinity: {} } } }))).toEqual([]);
  });
});
