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

  it('says how to fix it: define the peer or remove the name', () => {
    const text = docs(pool('a', ['10.0.0.0/24']), peer('spine1'), obj('BGPAdvertisement', 'b', '  peers:', '    - spine1', '    - spine2'));
    const d = diagnose(text, { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/unknown-peer');
    expect(d?.message).toBe(
      'BGPAdvertisement "b" names peer "spine2", which is not a defined BGPPeer; the advertisement reaches no session through it. Define a BGPPeer named "spine2" or remove it from peers; did you mean "spine1"?',
    );
  });
});
