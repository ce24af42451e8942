import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseVersion } from '../../src/metallb/version.js';
import { schemaCodes } from '../../src/schema/catalog.js';
import { checkValuesSchema } from '../../src/schema/check-values.js';
import { withoutSchemaOverlaps } from '../../src/schema/overlaps.js';
import { decodePointer, pathText } from '../../src/schema/path-text.js';
import { editDistance, suggest } from '../../src/schema/suggest.js';

const locate = (path: (string | number)[]) => ({ file: 'values.yaml', path });
const v = (raw: string) => parseVersion(raw)!;

describe('suggest', () => {
  test.each([
    ['speker', ['speaker', 'controller'], 'speaker'],
    ['enable', ['enabled', 'image'], 'enabled'],
    ['avoidBuggyIps', ['avoidBuggyIPs', 'addresses'], 'avoidBuggyIPs'],
    ['ipaddresspool', ['ipaddresspools', 'bgppeers'], 'ipaddresspools'],
    ['peerAdress', ['peerAddress', 'peerASN'], 'peerAddress'],
    ['zzz', ['speaker', 'controller'], undefined],
    ['frrk8s', ['speaker', 'controller', 'crds', 'prometheus'], undefined],
  ])('%s → %s', (word, known, want) => expect(suggest(word, known)).toBe(want));
  test('edit distance counts a transposition once', () => {
    expect(editDistance('speaker', 'spaeker')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('paths', () => {
  test('JSON pointers decode to value paths with numeric indices where the data has lists', () => {
    const data = { a: [{ 'b/c': { '~d': 1 } }], '0': { x: 1 } };
    expect(decodePointer('/a/0/b~1c/~0d', data)).toEqual(['a', 0, 'b/c', '~d']);
    expect(decodePointer('/0/x', data)).toEqual(['0', 'x']);
    expect(decodePointer('', data)).toEqual([]);
  });
  test('dotted text for messages', () => {
    expect(pathText(['charts', 'metallb-full', 'configuration', 'ipaddresspools', 'p', 'spec', 'addresses', 0])).toBe(
      'charts.metallb-full.configuration.ipaddresspools.p.spec.addresses[0]',
    );
    expect(pathText(['pack', 'spectrocloud.com/install-priority'])).toBe('pack["spectrocloud.com/install-priority"]');
  });
});

describe('checkValuesSchema', () => {
  test("packKind 'other' checks the pack section only", () => {
    const values = { pack: { namepsace: 'x' }, charts: { 'metallb-full': { metallb: { speker: {} } } }, manifests: { metallb: { adresses: [] } } };
    const f = checkValuesSchema({ packKind: 'other', values, locate, version: v('0.16.1') });
    expect(f.map((x) => `${x.code}@${x.loc.path.join('.')}`)).toEqual(['schema/unknown-key@pack.namepsace']);
    expect(f[0]!.target).toBe('key');
  });
  test('non-object values and absent sections yield nothing', () => {
    expect(checkValuesSchema({ packKind: 'lb-metallb-helm', values: null, locate, version: v('0.14.9') })).toEqual([]);
    expect(checkValuesSchema({ packKind: 'lb-metallb-helm', values: { pack: null, charts: { 'metallb-full': null } }, locate, version: v('0.14.9') })).toEqual([]);
  });
  test('missing required key: the path names the key, so the resolver points at its closest existing ancestor', () => {
    const values = { charts: { 'metallb-full': { configuration: { bgppeers: { r: { spec: { peerAddress: '10.0.0.1' } } } } } } };
    const f = checkValuesSchema({ packKind: 'lb-metallb-helm', values, locate, version: v('0.14.9') });
    expect(f.map((x) => `${x.code}@${x.loc.path.join('.')}`)).toEqual(['schema/required@charts.metallb-full.configuration.bgppeers.r.spec.myASN']);
    expect(f[0]!.message).toContain('missing the required key `myASN`');
  });
  test('unknown keys without a close match list the known keys when there are few', () => {
    const f = checkValuesSchema({ packKind: 'lb-metallb', values: { manifests: { metallb: { zzz: 1 } } }, locate, version: v('0.13.5') });
    expect(f[0]!.message).toBe('unknown key `zzz` under manifests.metallb; the lb-metallb pack does not read it: remove it (known keys: images, namespace, avoidBuggyIps, addresses)');
  });
  test('one finding per problem even when two layers of the schema see it', () => {
    const values = { charts: { 'metallb-full': { metallb: { speaker: { logLevel: 'loud' } } } } };
    const f = checkValuesSchema({ packKind: 'lb-metallb-helm', values, locate, version: v('0.16.1') });
    expect(f.map((x) => x.code)).toEqual(['schema/enum']);
  });
  test('a value of the wrong type is reported once, as a type error (not also enum/range)', () => {
    const values = { charts: { 'metallb-full': { metallb: { speaker: { logLevel: 5 } }, configuration: { bfdprofiles: { b: { spec: { detectMultiplier: '1' } } } } } } };
    const f = checkValuesSchema({ packKind: 'lb-metallb-helm', values, locate, version: v('0.16.1') });
    expect(f.map((x) => `${x.code}@${x.loc.path.slice(-1)}`).sort()).toEqual(['schema/type@detectMultiplier', 'schema/type@logLevel']);
  });
});

describe('withoutSchemaOverlaps', () => {
  const d = (code: string, line: number, column: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
    code, severity, message: code, file: 'v.yaml', path: [], range: { start: { line, column }, end: { line, column: column + 1 } },
  });
  test('a schema bound/required yields to a metallb rule error at the same place; unknown keys never do', () => {
    const diags = [d('schema/range', 5, 3), d('metallb/peer-port', 5, 3), d('schema/unknown-key', 6, 3), d('metallb/x', 6, 3), d('schema/type', 7, 3), d('metallb/info', 7, 3, 'info')];
    expect(withoutSchemaOverlaps(diags).map((x) => x.code)).toEqual(['metallb/peer-port', 'schema/unknown-key', 'metallb/x', 'schema/type', 'metallb/info']);
  });
});

test('the catalog describes every code the schema checks emit', () => {
  for (const c of ['schema/unknown-key', 'schema/type', 'schema/enum', 'schema/required', 'schema/range', 'schema/pattern', 'schema/config-inline', 'schema/invalid']) {
    expect(schemaCodes[c], c).toBeTruthy();
  }
});
