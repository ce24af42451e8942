import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/metallb/rules/peers/duration.js';
import { docs, peer, table } from './table.js';
import { brief, diagnose } from '../../helpers/diagnose.js';
import { configMap } from './table.js';

const base = ['myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1'];
const frr = { bgpMode: 'frr' as const };

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['1.5s', 1500],
    ['0', 0],
    ['1h', 3_600_000],
  ])('%s', (t, ms) => expect(parseDuration(t)).toBe(ms));
  it.each(['90', 's', '1x', '', '1s2'])('rejects %j', (t) => expect(parseDuration(t)).toBeUndefined());
  it('formats', () => expect(formatDuration(90_500)).toBe('1m30.5s'));
});

table('metallb/peer-timers', [
  { name: 'hold 2s', text: docs(peer('p', ...base, 'holdTime: 2s')), want: ['metallb/peer-timers@9:13'] },
  { name: 'hold 3s', text: docs(peer('p', ...base, 'holdTime: 3s')), want: [] },
  { name: 'hold 0 (no keepalives)', text: docs(peer('p', ...base, 'holdTime: 0s')), want: [] },
  { name: 'hold 500ms rounds down to 0', text: docs(peer('p', ...base, 'holdTime: 500ms')), want: [] },
  { name: 'hold 2.9s rounds down to 2', text: docs(peer('p', ...base, 'holdTime: 2900ms')), want: ['metallb/peer-timers@9:13'] },
  { name: 'not a duration', text: docs(peer('p', ...base, 'holdTime: "90"')), want: ['metallb/peer-timers@9:13'] },
  { name: 'a number is left to the schema layer', text: docs(peer('p', ...base, 'holdTime: 90')), want: [] },
  { name: 'keepalive above hold', text: docs(peer('p', ...base, 'holdTime: 30s', 'keepaliveTime: 1m')), opts: frr, want: ['metallb/peer-timers@10:18'] },
  { name: 'keepalive equal to hold is allowed', text: docs(peer('p', ...base, 'holdTime: 30s', 'keepaliveTime: 30s')), opts: frr, want: [] },
  { name: 'keepalive only: hold = 3×keepalive = 1.5s', text: docs(peer('p', ...base, 'keepaliveTime: 500ms')), opts: frr, want: ['metallb/peer-timers@9:18'] },
  { name: 'keepalive only: 1s → hold 3s', text: docs(peer('p', ...base, 'keepaliveTime: 1s')), opts: frr, want: [] },
  { name: 'keepalive 1m30s, hold 90s', text: docs(peer('p', ...base, 'holdTime: 90s', 'keepaliveTime: 1m30s')), opts: frr, want: [] },
  {
    name: 'macro hold is deferred',
    text: docs(peer('p', ...base, 'holdTime: "{{ .spectro.var.hold }}"', 'keepaliveTime: 10m')),
    opts: frr,
    codes: ['metallb/peer-timers', 'macro/deferred'],
    want: ['macro/deferred@9:13'],
  },
]);

describe('metallb/peer-timers in the legacy ConfigMap', () => {
  it('uses hold-time and keepalive-time', () => {
    const text = configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  hold-time: 9s', '  keepalive-time: 10s');
    const diags = diagnose(text, { metallbVersion: '0.12.1', bgpMode: 'frr' });
    expect(brief(diags, 'metallb/peer-timers')).toEqual(['metallb/peer-timers@13:23']);
    expect(diags.find((d) => d.code === 'metallb/peer-timers')?.message).toBe(
      'keepalive-time 10s is longer than hold-time 9s; the session would expire between keepalives: use at most hold-time (usually hold-time/3)',
    );
  });
});
