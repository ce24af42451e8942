import { expect, it } from 'vitest';
import { diagnose } from '../../helpers/diagnose.js';
import { configMap, docs, peer, table } from './table.js';

const asn = ['myASN: 1', 'peerASN: 2'];

table('metallb/peer-ip', [
  { name: 'peerAddress not an IP', text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.256')), want: ['metallb/peer-ip@8:16'] },
  { name: 'peerAddress with prefix length', text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.1/32')), want: ['metallb/peer-ip@8:16'] },
  { name: 'sourceAddress hostname', text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.1', 'sourceAddress: node1')), want: ['metallb/peer-ip@9:18'] },
  { name: 'routerID IPv6', text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.1', 'routerID: "fd00::1"')), want: ['metallb/peer-ip@9:13'] },
  { name: 'IPv6 peer and IPv4 router ID', text: docs(peer('p', ...asn, 'peerAddress: "fd00::1"', 'sourceAddress: "fd00::2"', 'routerID: 10.1.1.1')), want: [] },
  { name: 'legacy router-id not an IP', text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  router-id: abc'), opts: { metallbVersion: '0.12.1' }, want: ['metallb/peer-ip@12:18'] },
  {
    name: 'macro address is deferred',
    text: docs(peer('p', ...asn, 'peerAddress: "{{ .spectro.var.router }}"')),
    codes: ['metallb/peer-ip', 'macro/deferred'],
    want: ['macro/deferred@8:16'],
  },
]);

it.each([
  { text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.256')), message: 'peerAddress "10.0.0.256" is not an IP address; write the BGP router\'s IP address, such as 192.168.1.1 or fd00::1' },
  { text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.1/32')), message: 'peerAddress "10.0.0.1/32" is not an IP address; write `10.0.0.1` (without the /32 prefix length)' },
  { text: docs(peer('p', ...asn, 'peerAddress: 10.0.0.1', 'sourceAddress: node1')), message: /^sourceAddress "node1" is not an IP address; write an IP address of the node/ },
  {
    text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  router-id: abc'),
    opts: { metallbVersion: '0.12.1' },
    message: 'router-id "abc" is not an IP address; write an IPv4 address such as 10.0.0.1 (a 32-bit BGP identifier), or remove it',
  },
])('the message says what to write: $message', ({ text, opts, message }) => {
  const f = diagnose(text, opts).find((d) => d.code === 'metallb/peer-ip');
  if (typeof message === 'string') expect(f?.message).toBe(message);
  else expect(f?.message).toMatch(message);
});
