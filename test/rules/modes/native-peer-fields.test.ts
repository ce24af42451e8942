import { expect, it } from 'vitest';
import { diagnose } from '../../helpers/diagnose.js';
import { configMap, docs, helm, peer, table } from '../peers/table.js';

const base = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];
const v = { metallbVersion: '0.16.1' };

table('metallb/native-unsupported-field', [
  {
    name: 'FRR-only fields in native mode point at their keys',
    text: docs(peer('p', ...base, 'keepaliveTime: 30s', 'vrf: red', 'connectTime: 10s', 'enableGracefulRestart: true', 'bfdProfile: b')),
    opts: v,
    want: [
      'metallb/native-unsupported-field@9:3',
      'metallb/native-unsupported-field@10:3',
      'metallb/native-unsupported-field@11:3',
      'metallb/native-unsupported-field@12:3',
      'metallb/native-unsupported-field@13:3',
    ],
  },
  {
    name: 'dynamicASN, interface, localASN, dualStackAddressFamily',
    text: docs(peer('p', 'myASN: 1', 'dynamicASN: external', 'interface: eth0', 'localASN: 5', 'dualStackAddressFamily: true')),
    opts: v,
    want: ['metallb/native-unsupported-field@7:3', 'metallb/native-unsupported-field@8:3', 'metallb/native-unsupported-field@9:3', 'metallb/native-unsupported-field@10:3'],
  },
  { name: 'false booleans are harmless', text: docs(peer('p', ...base, 'disableMP: false', 'enableGracefulRestart: false')), opts: v, want: [] },
  { name: 'FRR mode allows them', text: docs(peer('p', ...base, 'keepaliveTime: 30s', 'vrf: red')), opts: { ...v, bgpMode: 'frr' }, want: [] },
  { name: 'frr-k8s mode allows them', text: docs(peer('p', ...base, 'keepaliveTime: 30s', 'vrf: red')), opts: { ...v, bgpMode: 'frr-k8s' }, want: [] },
  {
    name: 'helm values with frr disabled',
    text: helm('bgppeers:', '  p1:', '    spec:', '      myASN: 1', '      peerASN: 2', '      peerAddress: 10.0.0.1', '      vrf: red') + 'metallb:\n',
    opts: { metallbVersion: '0.15.3', bgpMode: 'native' },
    want: ['metallb/native-unsupported-field@10:13'],
  },
  {
    name: 'helm values of 0.16 in native mode',
    text: helm('bgppeers:', '  p1:', '    spec:', '      myASN: 1', '      peerASN: 2', '      peerAddress: 10.0.0.1', '      vrf: red'),
    opts: { metallbVersion: '0.16.1', bgpMode: 'native' },
    want: ['metallb/native-unsupported-field@10:13'],
  },
  {
    name: 'legacy ConfigMap (0.12) in native mode',
    text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  keepalive-time: 10s'),
    opts: { metallbVersion: '0.12.1' },
    want: ['metallb/native-unsupported-field@12:7'],
  },
]);

it('the message names the fix for helm values', () => {
  const d = diagnose(helm('bgppeers:', '  p1:', '    spec:', '      myASN: 1', '      peerASN: 2', '      peerAddress: 10.0.0.1', '      vrf: red'), { metallbVersion: '0.15.3', bgpMode: 'native' });
  const f = d.find((x) => x.code === 'metallb/native-unsupported-field')!;
  expect(f.message).toContain('charts.metallb-full.metallb.speaker.frr.enabled: true');
  expect(f.message).toContain('remove `vrf`');
});

it('for 0.16 the fix is FRR-K8s first, not the deprecated speaker.frr', () => {
  const d = diagnose(helm('bgppeers:', '  p1:', '    spec:', '      myASN: 1', '      peerASN: 2', '      peerAddress: 10.0.0.1', '      vrf: red'), { metallbVersion: '0.16.1', bgpMode: 'native' });
  const f = d.find((x) => x.code === 'metallb/native-unsupported-field')!;
  expect(f.message).toContain('charts.metallb-full.metallb.frrk8s.enabled: true');
  expect(f.message.indexOf('frrk8s.enabled')).toBeLessThan(f.message.indexOf('speaker.frr.enabled'));
});

it('the message uses the legacy key for the ConfigMap', () => {
  const d = diagnose(configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  keepalive-time: 10s'), { metallbVersion: '0.12.1' });
  expect(d.find((x) => x.code === 'metallb/native-unsupported-field')!.message).toContain('remove `keepalive-time`');
});
