import { describe, expect, it } from 'vitest';
import { brief, diagnose } from '../../helpers/diagnose.js';
import { docs, obj, pool } from './docs.js';

const peer = (name: string) => obj('BGPPeer', name, '  myASN: 64500', '  peerASN: 64500', '  peerAddress: 10.0.0.1');
const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/unknown-peer');

describe('metallb/unknown-peer', () => {
  it.each([
    { name: 'known peers pass', text: docs(pool('a', ['10.0.0.0/24']), peer('spine1'), obj('BGPAdvertisement', 'b', '  peers: [spine1]')), expected: [] },
    { name: 'no peers field = all peers', text: docs(pool('a', ['10.0.0.0/24']), obj('BGPAdvertisement', 'b')), expected: [] },
    { name: 'an unknown peer', text: docs(pool('a', ['10.0.0.0/24']), peer('spine1'), obj('BGPAdvertisement', 'b', '  peers:', '    - spine1', '    - spine2')), expected: ['metallb/unknown-peer@24:7'] },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });
});
