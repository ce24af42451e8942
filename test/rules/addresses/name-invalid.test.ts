import { describe, expect, it } from 'vitest';
import { toDns1123 } from '../../../src/metallb/rules/addresses/name-invalid.js';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

const pool = (name: string) => yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', `  name: ${name}`, 'spec:', '  addresses: [10.0.0.0/24]');

describe('metallb/name-invalid', () => {
  it.each([
    { name: 'lowercase with dashes and dots', text: pool('prod-pool.v1'), expected: [] },
    { name: 'uppercase', text: pool('Prod'), expected: ['metallb/name-invalid@4:9'] },
    { name: 'underscore', text: pool('prod_pool'), expected: ['metallb/name-invalid@4:9'] },
    { name: 'trailing dash', text: pool('prod-'), expected: ['metallb/name-invalid@4:9'] },
    { name: 'longer than 253', text: pool('a'.repeat(254)), expected: ['metallb/name-invalid@4:9'] },
  ])('$name', ({ text, expected }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/name-invalid')).toEqual(expected);
  });

  it('points at the helm key and suggests a valid name', () => {
    const text = yaml('charts:', '  metallb-full:', '    configuration:', '      bgppeers:', '        Peer_1:', '          spec: {myASN: 1, peerASN: 2, peerAddress: 10.0.0.1}');
    const diags = diagnose(text, { metallbVersion: '0.14.9' });
    expect(brief(diags, 'metallb/name-invalid')).toEqual(['metallb/name-invalid@5:9']);
    expect(diags.find((d) => d.code === 'metallb/name-invalid')?.message).toContain('"peer-1"');
  });

  it('toDns1123', () => {
    expect(toDns1123('My_Pool')).toBe('my-pool');
    expect(toDns1123('--x--')).toBe('x');
    expect(toDns1123('___')).toBe('default');
  });
});
