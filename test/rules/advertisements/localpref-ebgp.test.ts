import { describe, expect, it } from 'vitest';
import { brief, diagnose } from '../../helpers/diagnose.js';
import { docs, obj, pool } from './docs.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/localpref-ebgp');
const peer = (name: string, my: number, remote: string) => obj('BGPPeer', name, `  myASN: ${my}`, `  ${remote}`, '  peerAddress: 10.9.0.1');
const p = pool('a', ['10.0.0.0/24']);

describe('metallb/localpref-ebgp', () => {
  it.each([
    { name: 'iBGP peer passes', text: docs(p, peer('ibgp', 64500, 'peerASN: 64500'), obj('BGPAdvertisement', 'b', '  localPref: 100')), expected: [] },
    { name: 'no localPref, no warning', text: docs(p, peer('ebgp', 64500, 'peerASN: 64501'), obj('BGPAdvertisement', 'b')), expected: [] },
    { name: 'every peer eBGP', text: docs(p, peer('ebgp', 64500, 'peerASN: 64501'), obj('BGPAdvertisement', 'b', '  localPref: 100')), expected: ['metallb/localpref-ebgp@22:14'] },
    {
      name: 'a mix of iBGP and eBGP passes',
      text: docs(p, peer('ebgp', 64500, 'peerASN: 64501'), peer('ibgp', 64500, 'peerASN: 64500'), obj('BGPAdvertisement', 'b', '  localPref: 100')),
      expected: [],
    },
    {
      name: 'peers limits the advertisement to eBGP ones',
      text: docs(p, peer('ebgp', 64500, 'peerASN: 64501'), peer('ibgp', 64500, 'peerASN: 64500'), obj('BGPAdvertisement', 'b', '  localPref: 100', '  peers: [ebgp]')),
      expected: ['metallb/localpref-ebgp@31:14'],
    },
    { name: 'dynamicASN external is eBGP', text: docs(p, peer('d', 64500, 'dynamicASN: external'), obj('BGPAdvertisement', 'b', '  localPref: 100')), expected: ['metallb/localpref-ebgp@22:14'] },
    { name: 'dynamicASN internal is iBGP', text: docs(p, peer('d', 64500, 'dynamicASN: internal'), obj('BGPAdvertisement', 'b', '  localPref: 100')), expected: [] },
    { name: 'no peers at all: nothing to judge', text: docs(p, obj('BGPAdvertisement', 'b', '  localPref: 100')), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('is a warning', () => {
    const d = diagnose(docs(p, peer('ebgp', 64500, 'peerASN: 64501'), obj('BGPAdvertisement', 'b', '  localPref: 100')), { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/localpref-ebgp');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('iBGP');
  });
});
