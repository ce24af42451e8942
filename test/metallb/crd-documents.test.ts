import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../helpers/diagnose.js';

/** An IPAddressPool (lines 1-6) so that the file is read as MetalLB CRs. */
const pool = yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', 'spec:', '  addresses: [10.0.0.0/24]');
const after = (...lines: string[]) => pool + yaml('---', ...lines);

const cases: { name: string; text: string; want: string[] }[] = [
  // crd/ignored-document: the whole document, at its first line
  { name: 'ignored: a Service', text: yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: x', '---') + pool, want: ['crd/ignored-document@1:1'] },
  { name: 'ignored: a Deployment after the pool', text: after('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: x'), want: ['crd/ignored-document@8:1'] },
  { name: 'ignored: a mapping without kind', text: after('foo: bar'), want: ['crd/ignored-document@8:1'] },
  { name: 'ignored: a Secret of another apiVersion', text: after('apiVersion: v2', 'kind: Secret', 'metadata:', '  name: s'), want: ['crd/ignored-document@8:1'] },
  { name: 'not ignored: a v1 Secret and a v1 Node', text: after('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: s', 'stringData:', '  password: x', '---', 'apiVersion: v1', 'kind: Node', 'metadata:', '  name: n'), want: [] },
  { name: 'not ignored: an empty document', text: after('# nothing'), want: [] },
  // crd/not-an-object
  { name: 'not-an-object: a list', text: after('- just', '- a list'), want: ['crd/not-an-object@8:1'] },
  { name: 'not-an-object: a scalar', text: after('hello'), want: ['crd/not-an-object@8:1'] },
  { name: 'not-an-object: indented list', text: after('  - a'), want: ['crd/not-an-object@8:3'] },
  // crd/unknown-kind: at the kind's value
  { name: 'unknown-kind: IPPool', text: after('apiVersion: metallb.io/v1beta1', 'kind: IPPool', 'metadata:', '  name: b'), want: ['crd/unknown-kind@9:7'] },
  { name: 'unknown-kind: wrong case', text: after('apiVersion: metallb.io/v1beta2', 'kind: bgppeer', 'metadata:', '  name: b'), want: ['crd/unknown-kind@9:7'] },
  { name: 'unknown-kind: kind missing (at the closest place: the document)', text: after('apiVersion: metallb.io/v1beta1', 'metadata:', '  name: b'), want: ['crd/unknown-kind@8:1'] },
  { name: 'known kinds are not reported', text: after('apiVersion: metallb.io/v1beta1', 'kind: L2Advertisement', 'metadata:', '  name: l2'), want: [] },
];

describe('crd/* document findings', () => {
  it.each(cases)('$name', ({ text, want }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'crd/')).toEqual(want);
  });

  it('severities: ignored-document is info, not-an-object and unknown-kind are errors', () => {
    const sev = (text: string, code: string) => diagnose(text, { metallbVersion: '0.14.9' }).find((d) => d.code === code)?.severity;
    expect(sev(cases[1]!.text, 'crd/ignored-document')).toBe('info');
    expect(sev(cases[6]!.text, 'crd/not-an-object')).toBe('error');
    expect(sev(cases[9]!.text, 'crd/unknown-kind')).toBe('error');
  });

  it('the unknown-kind message lists the kinds', () => {
    const d = diagnose(cases[9]!.text, { metallbVersion: '0.14.9' }).find((x) => x.code === 'crd/unknown-kind');
    expect(d?.message).toMatch(/"IPPool".*IPAddressPool, L2Advertisement, BGPAdvertisement, BGPPeer, Community, BFDProfile/);
  });
});
