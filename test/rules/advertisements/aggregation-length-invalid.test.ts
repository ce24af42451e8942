import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';
import { docs, obj } from './docs.js';
import { configMap } from '../peers/table.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/aggregation-length-invalid');
const adv = (...spec: string[]) => docs(obj('BGPAdvertisement', 'b', ...spec));

describe('metallb/aggregation-length-invalid', () => {
  it.each([
    { name: 'bounds pass', text: adv('  aggregationLength: 32', '  aggregationLengthV6: 128'), expected: [] },
    { name: 'shortest pass', text: adv('  aggregationLength: 1', '  aggregationLengthV6: 1'), expected: [] },
    { name: 'aggregationLength 33', text: adv('  aggregationLength: 33'), expected: ['metallb/aggregation-length-invalid@6:22'] },
    { name: 'aggregationLengthV6 129', text: adv('  aggregationLengthV6: 129'), expected: ['metallb/aggregation-length-invalid@6:24'] },
    { name: 'zero and negative', text: adv('  aggregationLength: 0', '  aggregationLengthV6: -1'), expected: ['metallb/aggregation-length-invalid@6:22', 'metallb/aggregation-length-invalid@7:24'] },
    { name: 'strings are the schema’s', text: adv('  aggregationLength: "24"'), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('defers a macro', () => {
    const text = yaml('charts:', '  metallb-full:', '    configuration:', '      bgpadvertisements:', '        adv:', '          spec:', '            aggregationLength: "{{ .spectro.var.agg }}"');
    const diags = diagnose(text, { metallbVersion: '0.14.9' });
    expect(brief(diags, 'metallb/aggregation', 'macro/')).toEqual(['macro/deferred@7:32']);
  });
});

describe('metallb/aggregation-length-invalid in the legacy ConfigMap', () => {
  it('uses aggregation-length', () => {
    const text = configMap('address-pools:', '- name: a', '  protocol: bgp', '  addresses: [10.0.0.0/24]', '  bgp-advertisements:', '  - aggregation-length: 40');
    const diags = diagnose(text, { metallbVersion: '0.12.1' });
    expect(brief(diags, 'metallb/aggregation-length-invalid')).toEqual(['metallb/aggregation-length-invalid@13:29']);
    expect(diags.find((d) => d.code === 'metallb/aggregation-length-invalid')?.message).toMatch(/^aggregation-length 40 is out of range/);
  });
});
