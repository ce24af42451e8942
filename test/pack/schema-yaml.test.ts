import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/actions/validate.js';
import { resolveDotted } from '../../src/pack/schema-yaml/dotted-path.js';
import { parseFormat } from '../../src/pack/schema-yaml/format.js';
import { matchFormat } from '../../src/pack/schema-yaml/match.js';
import { parseSchemaExpr } from '../../src/pack/schema-yaml/pipeline.js';
import { brief } from '../helpers/diagnose.js';
import { lines, makePack, packFindings } from './helpers.js';

const VALUES = lines(
  'pack:',
  '  namespace: demo',
  '  spectrocloud.com/install-priority: "10"',
  '  content:',
  '    images:',
  '      - image: a/b:1',
  'app:',
  '  port: 5003',
  '  mode: fast',
  '  name: web',
  '  enabled: true',
  '  addresses:',
  '    - 10.0.0.1 - 10.0.0.9',
  '    - 10.0.0.20-10.0.0.30',
  '  host: "{{ .spectro.system.cluster.name }}"',
  '  empty: ""',
);

const entry = (path: string, expr: string) => lines(`${path}:`, `  schema: '${expr}'`);

const cases: { name: string; schema: string; want: string[] }[] = [
  { name: 'number in range', schema: entry('app.port', '{{ required | format "${number:[5000-5005]}" }}'), want: [] },
  { name: 'number out of range', schema: entry('app.port', '{{ format "${number:[5000-5002]}" }}'), want: ['pack-schema/format@8:9'] },
  { name: 'list option', schema: entry('app.mode', '{{ format "${list:[fast,slow]}" }}'), want: [] },
  { name: 'list option not offered', schema: entry('app.mode', '{{ format "${list:[slow,safe]}" }}'), want: ['pack-schema/format@9:9'] },
  { name: 'string pattern', schema: entry('app.name', '{{ format "${string:/^[a-z]+$/}" }}'), want: [] },
  { name: 'string pattern mismatch', schema: entry('app.name', '{{ format "${string:/^[0-9]+$/}" }}'), want: ['pack-schema/format@10:9'] },
  { name: 'boolean', schema: entry('app.enabled', '{{ format "${boolean}" }}'), want: [] },
  { name: 'boolean mismatch', schema: entry('app.name', '{{ format "${boolean}" }}'), want: ['pack-schema/format@10:9'] },
  { name: 'address ranges, any spacing around the dash', schema: entry('app.addresses.$[]', '{{ required | format "${ipv4} - ${ipv4}" }}'), want: [] },
  { name: 'composition mismatch', schema: entry('app.addresses.$[]', '{{ format "${ipv4}/${number:[0-32]}" }}'), want: ['pack-schema/format@13:7', 'pack-schema/format@14:7'] },
  { name: 'dotted key with dots in it', schema: entry('pack.spectrocloud.com/install-priority', '{{ format "${number}" }}'), want: [] },
  { name: 'a macro passes any format (info)', schema: entry('app.host', '{{ format "${ipv4}" }}'), want: ['macro/deferred@15:9'] },
  { name: 'required and missing', schema: entry('app.missing', '{{ required }}'), want: ['pack-schema/required@7:1'] },
  { name: 'required and empty', schema: entry('app.empty', '{{ required | format "${string}" }}'), want: ['pack-schema/required@16:10'] },
  { name: 'path not in values.yaml', schema: entry('app.nothing', '{{ format "${string}" }}'), want: ['pack-schema/unknown-path@1:1'] },
  { name: 'unknown function', schema: entry('app.name', '{{ required | mandatory }}'), want: ['pack-schema/unknown-function@2:11'] },
  { name: 'unknown type', schema: entry('app.name', '{{ format "${text}" }}'), want: ['pack-schema/unknown-type@2:11'] },
  { name: 'regex JavaScript cannot compile', schema: entry('app.name', '{{ format "${string:/[a-/}" }}'), want: ['pack-schema/bad-regex@2:11'] },
  { name: 'not a {{ }} expression', schema: entry('app.name', 'required'), want: ['pack-schema/syntax@2:11'] },
  { name: 'entry without schema', schema: lines('app.name:', '  hint: x'), want: ['pack-schema/invalid-entry@1:1'] },
];

describe('schema.yaml applied to the values', () => {
  it.each(cases)('$name', ({ schema, want }) => {
    expect(packFindings({ 'values.yaml': VALUES, 'schema.yaml': schema }, ['pack-schema/', 'macro/'])).toEqual(want);
  });

  it('readonly: restated by a layer is info, changed is an error', () => {
    const schema = entry('pack.namespace', '{{ readonly }}') + entry('app.name', '{{ readonly }}');
    const dir = makePack({ 'values.yaml': VALUES, 'schema.yaml': schema });
    const layer = join(dir, '..', 'override.yaml');
    writeFileSync(layer, lines('pack:', '  namespace: demo', 'app:', '  name: other'));
    const [r] = validatePaths([dir], { values: [layer] });
    expect(brief(r!.diagnostics, 'pack-schema/')).toEqual(['pack-schema/readonly@2:14', 'pack-schema/readonly-changed@4:9']);
    expect(r!.diagnostics.filter((d) => d.code.startsWith('pack-schema/')).map((d) => d.severity)).toEqual(['info', 'error']);
  });
});

describe('schema expression parser', () => {
  it('reads every function', () => {
    const { expr, problems } = parseSchemaExpr('{{ required | readonly | format "${ipv4} - ${ipv4}" | hints "a range" "second" }}');
    expect(problems).toEqual([]);
    expect(expr.required && expr.readonly).toBe(true);
    expect(expr.hints).toEqual(['a range', 'second']);
    expect(expr.format?.parts.map((p) => (p.kind === 'literal' ? p.text : p.type))).toEqual(['ipv4', ' - ', 'ipv4']);
  });
  it.each([
    ['{{ required || readonly }}', 'pack-schema/syntax'],
    ['{{ format }}', 'pack-schema/syntax'],
    ['{{ format "${number:[9-1]}" }}', 'pack-schema/syntax'],
    ['{{ format "${ipv4" }}', 'pack-schema/syntax'],
    ['{{ format "plain" }}', 'pack-schema/syntax'],
    ['{{ format "\\d" }}', 'pack-schema/syntax'],
    ['{{ hidden }}', 'pack-schema/unknown-function'],
  ])('%s → %s', (text, code) => {
    expect(parseSchemaExpr(text).problems.map((p) => p.code)).toContain(code);
  });
  it('translates RE2 named groups and inline flags', () => {
    const f = parseFormat('${string:/(?i)^(?P<word>[a-z]+)$/}');
    expect(f.problems).toEqual([]);
    expect(matchFormat(f.format, 'ABC')).toBeUndefined();
  });
  it('checks octets and versions', () => {
    expect(matchFormat(parseFormat('${ipv4}').format, '10.0.0.256')).toMatch(/not an IPv4/);
    expect(matchFormat(parseFormat('${version}').format, 'v0.13.7')).toBeUndefined();
    expect(matchFormat(parseFormat('${version}').format, 'latest')).toBeDefined();
  });
});

describe('dotted paths', () => {
  it('expands $[] and prefers the longest key', () => {
    const v = { a: { 'b.c': [{ d: 1 }, { d: 2 }], b: { c: 0 } } };
    expect(resolveDotted(v, 'a.b.c.$[].d').matches).toEqual([['a', 'b.c', 0, 'd'], ['a', 'b.c', 1, 'd']]);
    expect(resolveDotted(v, 'a.x').exists).toBe(false);
    expect(resolveDotted({ l: [] }, 'l.$[]')).toMatchObject({ exists: true, matches: [] });
  });
});
