import { expect, it } from 'vitest';
import { diagnose } from '../../helpers/diagnose.js';
import { cr, docs, helm, peer, table } from '../peers/table.js';

const base = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];
const frr = { bgpMode: 'frr' as const };

table('metallb/field-version', [
  { name: 'interface on 0.14.9', text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'interface: eth0')), opts: { ...frr, metallbVersion: '0.14.9' }, want: ['metallb/field-version@8:3'] },
  { name: 'interface on 0.15.0', text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'interface: eth0')), opts: { ...frr, metallbVersion: '0.15.0' }, want: [] },
  { name: 'dynamicASN on 0.14.8', text: docs(peer('p', 'myASN: 1', 'dynamicASN: external', 'peerAddress: 10.0.0.1')), opts: { ...frr, metallbVersion: '0.14.8' }, want: ['metallb/field-version@7:3'] },
  { name: 'dynamicASN on 0.14.9', text: docs(peer('p', 'myASN: 1', 'dynamicASN: external', 'peerAddress: 10.0.0.1')), opts: { ...frr, metallbVersion: '0.14.9' }, want: [] },
  { name: 'connectTime on 0.13.12', text: docs(peer('p', ...base, 'connectTime: 10s')), opts: { ...frr, metallbVersion: '0.13.12' }, want: ['metallb/field-version@9:3'] },
  { name: 'localASN on 0.15.3', text: docs(peer('p', ...base, 'localASN: 5')), opts: { ...frr, metallbVersion: '0.15.3' }, want: ['metallb/field-version@9:3'] },
  { name: 'avoidBuggyIPs on 0.13.3', text: docs(cr('IPAddressPool', 'p', 'addresses:', '- 10.0.0.0/24', 'avoidBuggyIPs: true')), opts: { metallbVersion: '0.13.3' }, want: ['metallb/field-version@8:3'] },
  { name: 'avoidBuggyIPs on 0.13.4', text: docs(cr('IPAddressPool', 'p', 'addresses:', '- 10.0.0.0/24', 'avoidBuggyIPs: true')), opts: { metallbVersion: '0.13.4' }, want: [] },
  { name: 'L2 interfaces on 0.13.5', text: docs(cr('L2Advertisement', 'l2', 'interfaces:', '- eth0')), opts: { metallbVersion: '0.13.5' }, want: ['metallb/field-version@6:3'] },
  { name: 'serviceSelectors on 0.15.3', text: docs(cr('BGPAdvertisement', 'ad', 'serviceSelectors:', '- matchLabels:', '    a: b')), opts: { metallbVersion: '0.15.3' }, want: ['metallb/field-version@6:3'] },
  { name: 'serviceSelectors on 0.16.1', text: docs(cr('BGPAdvertisement', 'ad', 'serviceSelectors:', '- matchLabels:', '    a: b')), opts: { metallbVersion: '0.16.1' }, want: [] },
  {
    name: 'helm values',
    text: helm('ipaddresspools:', '  p:', '    spec:', '      addresses: [10.0.0.0/24]', '      serviceAllocation:', '        priority: 1'),
    opts: { metallbVersion: '0.13.7' },
    want: ['metallb/field-version@8:13'],
  },
  { name: 'unknown fields are left to the schema layer', text: docs(cr('IPAddressPool', 'p', 'addresses:', '- 10.0.0.0/24', 'bogus: 1')), opts: { metallbVersion: '0.13.3' }, want: [] },
]);

it('names the version that added the field and the target', () => {
  const d = diagnose(docs(peer('p', 'myASN: 1', 'peerASN: 2', 'interface: eth0')), { bgpMode: 'frr', metallbVersion: '0.14.9' });
  expect(d.find((x) => x.code === 'metallb/field-version')!.message).toMatch(/^`interface` needs MetalLB 0\.15\.0 or newer; the target is 0\.14\.9 \(--metallb-version\)/);
});
