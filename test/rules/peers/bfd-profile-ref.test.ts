import { configMap, cr, docs, peer, table } from './table.js';
import { describe, expect, it } from 'vitest';
import { brief, diagnose } from '../../helpers/diagnose.js';

const frr = { bgpMode: 'frr' as const };
const p = (profile: string) => peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', `bfdProfile: ${profile}`);

table('metallb/peer-bfd-profile', [
  { name: 'undefined profile', text: docs(p('fast'), cr('BFDProfile', 'slow', 'detectMultiplier: 3')), opts: frr, want: ['metallb/peer-bfd-profile@9:15'] },
  { name: 'no profiles at all', text: docs(p('fast')), opts: frr, want: ['metallb/peer-bfd-profile@9:15'] },
  { name: 'defined profile', text: docs(p('fast'), cr('BFDProfile', 'fast', 'detectMultiplier: 3')), opts: frr, want: [] },
]);

describe('metallb/peer-bfd-profile in the legacy ConfigMap', () => {
  it('names the keys the user wrote: bfd-profile and a bfd-profiles entry', () => {
    const text = configMap('peers:', '- peer-address: 10.0.0.1', '  peer-asn: 2', '  my-asn: 1', '  bfd-profile: nope', 'bfd-profiles:', '- name: fast');
    const diags = diagnose(text, { metallbVersion: '0.12.1', bgpMode: 'frr' });
    expect(brief(diags, 'metallb/peer-bfd-profile')).toEqual(['metallb/peer-bfd-profile@12:20']);
    expect(diags.find((d) => d.code === 'metallb/peer-bfd-profile')?.message).toBe('bfd-profile "nope" is not defined; use one of "fast" or add a `bfd-profiles` entry named "nope"');
  });
});
