import { expect, it } from 'vitest';
import { diagnose } from '../../helpers/diagnose.js';
import { docs, peer, table } from './table.js';

const base = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];
const o = { metallbVersion: '0.16.1', bgpMode: 'frr' as const };

table('metallb/peer-connect-time', [
  { name: 'fraction of a second', text: docs(peer('p', ...base, 'connectTime: 1500ms')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: 'zero', text: docs(peer('p', ...base, 'connectTime: 0s')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: 'above 65535s', text: docs(peer('p', ...base, 'connectTime: 20h')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: 'seconds above 65535', text: docs(peer('p', ...base, 'connectTime: 70000s')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: 'not a duration', text: docs(peer('p', ...base, 'connectTime: soon')), opts: o, want: ['metallb/peer-connect-time@9:16'] },
  { name: '10s', text: docs(peer('p', ...base, 'connectTime: 10s')), opts: o, want: [] },
  { name: '2m', text: docs(peer('p', ...base, 'connectTime: 2m')), opts: o, want: [] },
]);

it.each([
  { value: '70000s', message: 'connectTime "70000s" is out of range; use 1s..65535s, e.g. 65535s' },
  { value: '0s', message: 'connectTime "0s" is out of range; use 1s..65535s, e.g. 10s' },
  { value: '1500ms', message: 'connectTime "1500ms" is not a whole number of seconds; round it to seconds, e.g. 1s' },
])('the message echoes what was written: $value', ({ value, message }) => {
  const d = diagnose(docs(peer('p', ...base, `connectTime: ${value}`)), o).find((x) => x.code === 'metallb/peer-connect-time');
  expect(d?.message).toBe(message);
});
