import { yaml } from '../../helpers/diagnose.js';
import { docs, helm, peer, table } from './table.js';
import { describe, expect, it } from 'vitest';
import { brief, diagnose } from '../../helpers/diagnose.js';
import { configMap } from './table.js';

const ok = ['peerASN: 64501', 'peerAddress: 10.0.0.1'];

table('metallb/peer-my-asn', [
  { name: 'myASN 0', text: docs(peer('p', 'myASN: 0', ...ok)), want: ['metallb/peer-my-asn@6:10'] },
  { name: 'myASN missing points at spec', text: docs(peer('p', ...ok)), want: ['metallb/peer-my-asn@5:1'] },
  { name: 'accepts a real ASN', text: docs(peer('p', 'myASN: 64500', ...ok)), want: [] },
  {
    name: 'macro is deferred, not an error',
    text: docs(peer('p', 'myASN: "{{ .spectro.var.asn }}"', ...ok)),
    codes: ['metallb/peer-my-asn', 'macro/deferred'],
    want: ['macro/deferred@6:10'],
  },
  { name: 'wrong type is skipped', text: docs(peer('p', 'myASN: [1]', ...ok)), want: [] },
  {
    name: 'helm values',
    text: helm('bgppeers:', '  p1:', '    spec:', '      myASN: 0', '      peerASN: 1', '      peerAddress: 10.0.0.1'),
    want: ['metallb/peer-my-asn@7:20'],
  },
  {
    name: 'legacy ConfigMap: inside the block scalar',
    text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: config', '  namespace: metallb-system', 'data:', '  config: |', '    peers:', '    - peer-address: 10.0.0.1', '      peer-asn: 1', '      my-asn: 0'),
    opts: { metallbVersion: '0.12.1' },
    want: ['metallb/peer-my-asn@11:15'],
  },
]);

describe('metallb/peer-my-asn in the legacy ConfigMap', () => {
  it.each([
    { lines: ['peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2'], want: 'metallb/peer-my-asn@9:7', message: 'peer 1 has no my-asn; set the AS number MetalLB speaks as' },
    { lines: ['peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 0'], want: 'metallb/peer-my-asn@11:15', message: 'my-asn is 0, which is not a usable AS number; set the AS number MetalLB speaks as' },
  ])('$message', ({ lines, want, message }) => {
    const diags = diagnose(configMap(...lines), { metallbVersion: '0.12.1' });
    expect(brief(diags, 'metallb/peer-my-asn')).toEqual([want]);
    expect(diags.find((d) => d.code === 'metallb/peer-my-asn')?.message).toBe(message);
  });
});
