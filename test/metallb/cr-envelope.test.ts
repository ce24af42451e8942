import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../helpers/diagnose.js';

/** An IPAddressPool with the given metadata lines (from line 4) and trailing top-level lines. */
const pool = (meta: string[], ...rest: string[]) =>
  yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', ...meta, 'spec:', '  addresses: [10.0.0.0/24]', ...rest);

const cases: { name: string; text: string; want: string[]; message?: string | RegExp; superseded?: string[] }[] = [
  {
    name: 'metadata.lables (typo): at the key, with a suggestion',
    text: pool(['  name: a', '  lables:', '    zone: a']),
    want: ['schema/unknown-key@5:3'],
    message: 'unknown key `lables` under metadata of IPAddressPool `a`; did you mean `labels`?',
  },
  {
    name: 'top-level extra: 1, at the key',
    text: pool(['  name: a'], 'extra: 1'),
    want: ['schema/unknown-key@7:1'],
    message: /^unknown key `extra` under IPAddressPool `a`; .*move it under spec \(known keys: apiVersion, kind, metadata, spec, status\)$/,
  },
  { name: 'top-level `specs` (typo of spec)', text: pool(['  name: a'], 'specs: {}'), want: ['schema/unknown-key@7:1'], message: /did you mean `spec`\?$/ },
  { name: 'metadata.Namespace (wrong case)', text: pool(['  name: a', '  Namespace: metallb-system']), want: ['schema/unknown-key@5:3'], message: /did you mean `namespace`\?$/ },
  { name: 'a spec field written at the top level', text: pool(['  name: a'], 'autoAssign: false'), want: ['schema/unknown-key@7:1'] },
  // metadata that is not a mapping: metallb/name-missing (an error at the same place) says it better
  { name: 'metadata not a mapping: left to metallb/name-missing', text: pool(['  - a']), want: [], superseded: ['metallb/name-missing@4:3'] },
  {
    name: 'spec not a mapping',
    text: yaml('apiVersion: metallb.io/v1beta1', 'kind: L2Advertisement', 'metadata:', '  name: l2', 'spec: [a]'),
    want: ['schema/type@5:7'],
    message: /^spec of L2Advertisement `l2` must be a mapping \(key: value\), not a list/,
  },
  { name: 'generation quoted', text: pool(['  name: a', '  generation: "2"']), want: ['schema/type@5:15'], message: /^metadata\.generation of IPAddressPool `a` must be an integer, not "2"; remove the quotes$/ },
  { name: 'a label value that is not a string', text: pool(['  name: a', '  labels:', '    enabled: true']), want: ['schema/type@6:14'], message: /quote it: "true"$/ },
  { name: 'an annotation value that is a number', text: pool(['  name: a', '  annotations:', '    replicas: 3']), want: ['schema/type@6:15'] },
  {
    name: 'every ObjectMeta field kubectl prints is known',
    text: pool([
      '  name: a',
      '  namespace: metallb-system',
      '  generateName: a-',
      '  labels: {zone: a}',
      '  annotations: {note: "x"}',
      '  uid: 0b6b7a4e-1111-2222-3333-444455556666',
      '  resourceVersion: "123"',
      '  generation: 2',
      '  creationTimestamp: null',
      '  managedFields: []',
      '  ownerReferences: []',
      '  finalizers: [x/y]',
      '  deletionTimestamp: "2024-01-01T00:00:00Z"',
      '  deletionGracePeriodSeconds: 30',
    ], 'status: {}'),
    want: [],
  },
  { name: 'a clean object', text: pool(['  name: a']), want: [] },
  {
    name: 'second document: located in its own document',
    text: pool(['  name: a']) + yaml('---', 'apiVersion: metallb.io/v1beta1', 'kind: L2Advertisement', 'metadata:', '  name: l2', '  lables: {}', 'spec:', '  ipAddressPools: [a]'),
    want: ['schema/unknown-key@12:3'],
  },
  {
    name: 'unknown keys in the spec are still reported once (spec schema), not by the envelope',
    text: pool(['  name: a']).replace('  addresses: [10.0.0.0/24]', '  addresses: [10.0.0.0/24]\n  autoassign: true'),
    want: ['schema/unknown-key@7:3'],
  },
  // non-MetalLB documents are not checked by the envelope schema
  {
    name: 'a Secret beside the CRs is not checked',
    text: pool(['  name: a']) + yaml('---', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: s', '  lables: {}', 'stringData: {password: x}', 'extra: 1'),
    want: [],
  },
];

describe('CR object envelope (apiVersion, kind, metadata, spec, status)', () => {
  it.each(cases)('$name', ({ text, want, message, superseded }) => {
    const diags = diagnose(text, { metallbVersion: '0.14.9' });
    expect(brief(diags, 'schema/')).toEqual(want);
    for (const s of superseded ?? []) expect(brief(diags, 'metallb/')).toContain(s);
    if (message) {
      const first = diags.find((d) => d.code === want[0]!.split('@')[0]);
      if (typeof message === 'string') expect(first?.message).toBe(message);
      else expect(first?.message).toMatch(message);
    }
  });

  it('unknown envelope keys are errors', () => {
    const d = diagnose(cases[1]!.text, { metallbVersion: '0.14.9' }).find((x) => x.code === 'schema/unknown-key');
    expect(d?.severity).toBe('error');
  });

  it('helm values are not checked by the CR envelope (their objects have no envelope)', () => {
    const text = yaml('charts:', '  metallb-full:', '    configuration:', '      ipaddresspools:', '        a:', '          spec:', '            addresses: [10.0.0.0/24]');
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'schema/')).toEqual([]);
  });
});
