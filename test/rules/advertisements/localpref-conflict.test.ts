import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';
import { docs, obj, pool } from './docs.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.16.1' }), 'metallb/localpref-conflict');
const p = pool('a', ['10.0.0.0/24']);
const adv = (name: string, ...spec: string[]) => obj('BGPAdvertisement', name, '  ipAddressPools: [a]', ...spec);
const node = (name: string, zone: string) => ['apiVersion: v1', 'kind: Node', 'metadata:', `  name: ${name}`, '  labels:', `    zone: ${zone}`];

describe('metallb/localpref-conflict', () => {
  it.each([
    { name: 'same localPref passes', text: docs(p, adv('x', '  localPref: 100'), adv('y', '  localPref: 100')), expected: [] },
    { name: 'different localPref over one pool', text: docs(p, adv('x', '  localPref: 100'), adv('y', '  localPref: 200')), expected: ['metallb/localpref-conflict@22:14'] },
    { name: 'absent localPref is 0 and conflicts too (at the name)', text: docs(p, adv('x', '  localPref: 100'), adv('y')), expected: ['metallb/localpref-conflict@19:9'] },
    { name: 'different pools never conflict', text: docs(p, pool('b', ['10.0.1.0/24']), adv('x', '  localPref: 100'), obj('BGPAdvertisement', 'y', '  ipAddressPools: [b]', '  localPref: 200')), expected: [] },
    { name: 'different aggregation lengths pass', text: docs(p, adv('x', '  localPref: 100'), adv('y', '  localPref: 200', '  aggregationLength: 24')), expected: [] },
    { name: 'disjoint non-empty peers pass', text: docs(p, adv('x', '  localPref: 100', '  peers: [p1]'), adv('y', '  localPref: 200', '  peers: [p2]')), expected: [] },
    { name: 'overlapping peers conflict', text: docs(p, adv('x', '  localPref: 100', '  peers: [p1, p2]'), adv('y', '  localPref: 200', '  peers: [p2]')), expected: ['metallb/localpref-conflict@23:14'] },
    { name: 'one empty peers list means all peers: conflict', text: docs(p, adv('x', '  localPref: 100', '  peers: [p1]'), adv('y', '  localPref: 200')), expected: ['metallb/localpref-conflict@23:14'] },
    {
      name: 'serviceSelectors skip the check',
      text: docs(p, adv('x', '  localPref: 100'), adv('y', '  localPref: 200', '  serviceSelectors: [{matchLabels: {app: web}}]')),
      expected: [],
    },
    {
      name: 'nodeSelectors that cannot share a node pass (no Nodes given)',
      text: docs(p, adv('x', '  localPref: 100', '  nodeSelectors: [{matchLabels: {zone: a}}]'), adv('y', '  localPref: 200', '  nodeSelectors: [{matchLabels: {zone: b}}]')),
      expected: [],
    },
    {
      name: 'nodeSelectors judged against given Nodes: disjoint',
      text: docs(p, node('n1', 'a'), node('n2', 'b'), adv('x', '  localPref: 100', '  nodeSelectors: [{matchExpressions: [{key: zone, operator: In, values: [a]}]}]'), adv('y', '  localPref: 200', '  nodeSelectors: [{matchExpressions: [{key: zone, operator: NotIn, values: [a]}]}]')),
      expected: [],
    },
    {
      name: 'nodeSelectors judged against given Nodes: shared node',
      text: docs(p, node('n1', 'a'), adv('x', '  localPref: 100', '  nodeSelectors: [{matchLabels: {zone: a}}]'), adv('y', '  localPref: 200')),
      expected: ['metallb/localpref-conflict@30:14'],
    },
    {
      name: 'dual-stack pool: one differing length is not enough',
      text: docs(pool('a', ['10.0.0.0/24', 'fd00::/64']), adv('x', '  localPref: 100'), adv('y', '  localPref: 200', '  aggregationLength: 24')),
      expected: ['metallb/localpref-conflict@22:14'],
    },
    {
      name: 'an advertisement for all pools meets one for a named pool',
      text: docs(p, obj('BGPAdvertisement', 'x', '  localPref: 100'), adv('y', '  localPref: 200')),
      expected: ['metallb/localpref-conflict@21:14'],
    },
    {
      name: 'three advertisements: each pair reported once',
      text: docs(p, adv('x', '  localPref: 100'), adv('y', '  localPref: 200'), adv('z', '  localPref: 300')),
      expected: ['metallb/localpref-conflict@22:14', 'metallb/localpref-conflict@30:14', 'metallb/localpref-conflict@30:14'],
    },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('relates the conflict to the other advertisement', () => {
    const d = diagnose(docs(p, adv('x', '  localPref: 100'), adv('y', '  localPref: 200')), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/localpref-conflict');
    expect(d?.related?.[0]?.range?.start).toEqual({ line: 14, column: 14 });
    expect(d?.message).toContain('pool "a"');
  });

  it('maps helm values positions', () => {
    const text = yaml(
      'charts:',
      '  metallb-full:',
      '    configuration:',
      '      ipaddresspools:',
      '        lan: {spec: {addresses: [10.0.0.0/24]}}',
      '      bgpadvertisements:',
      '        one: {spec: {localPref: 100}}',
      '        two:',
      '          spec:',
      '            localPref: 200',
    );
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/localpref-conflict')).toEqual(['metallb/localpref-conflict@10:24']);
  });
});
