import { describe, expect, it } from 'vitest';
import { diagnose } from '../../helpers/diagnose.js';
import { configMap, cr, docs } from './table.js';

/** Wrong types never crash a rule: the schema layer reports types; the rules skip what they cannot read. */
const odd = ['null', '[]', '{}', '"x"', '7', 'true', '[1, {a: b}]', '{ "{{ .spectro.var.x }}": 1 }'];
const peerFields = ['myASN', 'peerASN', 'dynamicASN', 'localASN', 'peerAddress', 'interface', 'sourceAddress', 'routerID', 'peerPort', 'holdTime', 'keepaliveTime', 'connectTime', 'password', 'passwordSecret', 'bfdProfile', 'ebgpMultiHop', 'vrf', 'nodeSelectors'];

describe('rules survive wrong types', () => {
  for (const mode of ['native', 'frr'] as const) {
    it(`CRs, ${mode}`, () => {
      for (const v of odd) {
        const text = docs(
          cr('BGPPeer', 'p', ...peerFields.map((f) => `${f}: ${v}`)),
          cr('BGPPeer', 'q', ...peerFields.map((f) => `${f}: ${v}`)),
          cr('BFDProfile', 'b', `echoMode: ${v}`, `receiveInterval: ${v}`),
          cr('IPAddressPool', 'pool', `addresses: ${v}`),
          cr('BGPAdvertisement', 'ad', `ipAddressPools: ${v}`, `ipAddressPoolSelectors: ${v}`, `peers: ${v}`, `communities: ${v}`),
          cr('Community', 'c', `communities: ${v}`),
        );
        expect(() => diagnose(text, { bgpMode: mode, metallbVersion: '0.13.3' })).not.toThrow();
        expect(() => diagnose(text, { bgpMode: mode })).not.toThrow();
      }
    });
  }
  it('legacy ConfigMap', () => {
    for (const v of odd) {
      const text = configMap(
        `peers: ${v}`,
        `bgp-communities: ${v}`,
        'address-pools:',
        `- name: ${v}`,
        `  protocol: ${v}`,
        `  addresses: ${v}`,
        `  bgp-advertisements: ${v}`,
        '- name: b',
        '  protocol: bgp',
        `  bgp-advertisements: [${v}]`,
      );
      expect(() => diagnose(text, { metallbVersion: '0.12.1', bgpMode: 'frr' })).not.toThrow();
      const text2 = configMap('peers:', `- my-asn: ${v}`, `  node-selectors: ${v}`, `  hold-time: ${v}`, '- node-selectors:', `  - match-labels: ${v}`, `    match-expressions: ${v}`);
      expect(() => diagnose(text2, { metallbVersion: '0.12.1', bgpMode: 'frr' })).not.toThrow();
    }
  });
});
