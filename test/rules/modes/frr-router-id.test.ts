import { configMap, docs, peer, table } from '../peers/table.js';

const frr = { bgpMode: 'frr' as const };
const p = (name: string, addr: string, ...more: string[]) => peer(name, 'myASN: 1', 'peerASN: 2', `peerAddress: ${addr}`, ...more);
const node = (name: string, zone: string) => ['apiVersion: v1', 'kind: Node', 'metadata:', `  name: ${name}`, '  labels:', `    zone: ${zone}`];

table('metallb/frr-router-id', [
  { name: 'different router IDs, no node information', text: docs(p('a', '10.0.0.1', 'routerID: 10.1.1.1'), p('b', '10.0.0.2', 'routerID: 10.1.1.2')), opts: frr, want: ['metallb/frr-router-id@19:13'] },
  { name: 'one set, one unset', text: docs(p('a', '10.0.0.1', 'routerID: 10.1.1.1'), p('b', '10.0.0.2')), opts: frr, want: ['metallb/frr-router-id@14:9'] },
  { name: 'same router ID', text: docs(p('a', '10.0.0.1', 'routerID: 10.1.1.1'), p('b', '10.0.0.2', 'routerID: 10.1.1.1')), opts: frr, want: [] },
  {
    name: 'disjoint matchLabels on one key',
    text: docs(
      p('a', '10.0.0.1', 'routerID: 10.1.1.1', 'nodeSelectors:', '- matchLabels:', '    zone: a'),
      p('b', '10.0.0.2', 'routerID: 10.1.1.2', 'nodeSelectors:', '- matchLabels:', '    zone: b'),
    ),
    opts: frr,
    want: [],
  },
  {
    name: 'overlapping selectors',
    text: docs(
      p('a', '10.0.0.1', 'routerID: 10.1.1.1', 'nodeSelectors:', '- matchLabels:', '    zone: a'),
      p('b', '10.0.0.2', 'routerID: 10.1.1.2', 'nodeSelectors:', '- matchLabels:', '    rack: r1'),
    ),
    opts: frr,
    want: ['metallb/frr-router-id@22:13'],
  },
  {
    name: 'given Nodes: no node matches both',
    text: docs(
      p('a', '10.0.0.1', 'routerID: 10.1.1.1', 'nodeSelectors:', '- matchLabels:', '    zone: a'),
      p('b', '10.0.0.2', 'routerID: 10.1.1.2', 'nodeSelectors:', '- matchLabels:', '    rack: r1'),
      node('n1', 'a'),
    ),
    opts: frr,
    want: [],
  },
  { name: 'native mode does not care', text: docs(p('a', '10.0.0.1', 'routerID: 10.1.1.1'), p('b', '10.0.0.2', 'routerID: 10.1.1.2')), want: [] },
  {
    name: 'legacy 0.12 FRR mode: one global router ID',
    text: configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  router-id: 10.1.1.1', '- peer-address: 10.0.0.2', '  peer-asn: 2', '  my-asn: 1', '  router-id: 10.1.1.2'),
    opts: { metallbVersion: '0.12.1', bgpMode: 'frr' },
    want: ['metallb/frr-router-id@16:18'],
  },
]);
