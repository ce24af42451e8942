import { expect, it } from 'vitest';
import { diagnose } from '../../helpers/diagnose.js';
import { docs, table } from '../peers/table.js';

const obj = (api: string, kind: string, ...spec: string[]) => [`apiVersion: ${api}`, `kind: ${kind}`, 'metadata:', '  name: x', 'spec:', ...spec.map((l) => `  ${l}`)];
const peerSpec = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];

table('metallb/api-version', [
  { name: 'IPAddressPool is not served as v1beta2', text: docs(obj('metallb.io/v1beta2', 'IPAddressPool', 'addresses:', '- 10.0.0.0/24')), want: ['metallb/api-version@1:13'] },
  { name: 'BGPPeer v1beta1 deprecated on 0.14+', text: docs(obj('metallb.io/v1beta1', 'BGPPeer', ...peerSpec)), opts: { metallbVersion: '0.14.9' }, want: ['metallb/api-version@1:13'] },
  { name: 'BGPPeer v1beta2', text: docs(obj('metallb.io/v1beta2', 'BGPPeer', ...peerSpec)), want: [] },
  { name: 'v1beta1 pool', text: docs(obj('metallb.io/v1beta1', 'IPAddressPool', 'addresses:', '- 10.0.0.0/24')), want: [] },
]);

it('v1beta1 BGPPeer is a warning from 0.14 and info on 0.13', () => {
  const text = docs(obj('metallb.io/v1beta1', 'BGPPeer', ...peerSpec));
  const sev = (v: string) => diagnose(text, { metallbVersion: v }).find((d) => d.code === 'metallb/api-version')?.severity;
  expect(sev('0.14.9')).toBe('warning');
  expect(sev('0.13.12')).toBe('info');
});
