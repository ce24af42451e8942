import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../helpers/diagnose.js';

const addressPool = yaml(
  'apiVersion: metallb.io/v1beta1',
  'kind: AddressPool',
  'metadata:',
  '  name: legacy',
  'spec:',
  '  protocol: layer2',
  '  addresses: [10.0.0.0/24]',
);

describe('metallb/removed-kind', () => {
  it.each([
    ['0.13.7', 'warning'],
    ['0.14.2', 'warning'],
    ['0.14.3', 'error'],
    ['0.16.1', 'error'],
  ])('AddressPool with target %s is a %s at the kind', (version, severity) => {
    const diags = diagnose(addressPool, { metallbVersion: version });
    expect(brief(diags, 'metallb/removed-kind')).toEqual(['metallb/removed-kind@2:7']);
    expect(diags.find((d) => d.code === 'metallb/removed-kind')?.severity).toBe(severity);
  });

  it('an IPAddressPool is not reported', () => {
    const diags = diagnose(addressPool.replace('kind: AddressPool', 'kind: IPAddressPool').replace('  protocol: layer2\n', ''), { metallbVersion: '0.14.9' });
    expect(brief(diags, 'metallb/removed-kind')).toEqual([]);
  });
});
