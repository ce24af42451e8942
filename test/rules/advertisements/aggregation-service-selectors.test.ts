import { describe, expect, it } from 'vitest';
import { brief, diagnose } from '../../helpers/diagnose.js';
import { docs, obj, pool } from './docs.js';

const run = (text: string, v = '0.16.1') => brief(diagnose(text, { metallbVersion: v }), 'metallb/aggregation-service-selectors');
const adv = (...spec: string[]) => docs(pool('a', ['10.0.0.0/24']), obj('BGPAdvertisement', 'b', '  serviceSelectors: [{matchLabels: {app: web}}]', ...spec));

describe('metallb/aggregation-service-selectors', () => {
  it.each([
    { name: 'defaults pass', text: adv('  aggregationLength: 32', '  aggregationLengthV6: 128'), expected: [] },
    { name: 'absent lengths pass', text: adv(), expected: [] },
    { name: 'a shorter aggregationLength', text: adv('  aggregationLength: 24'), expected: ['metallb/aggregation-service-selectors@14:22'] },
    { name: 'a shorter aggregationLengthV6', text: adv('  aggregationLengthV6: 64'), expected: ['metallb/aggregation-service-selectors@14:24'] },
    { name: 'no serviceSelectors, no problem', text: docs(pool('a', ['10.0.0.0/24']), obj('BGPAdvertisement', 'b', '  serviceSelectors: []', '  aggregationLength: 24')), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('applies from 0.16 only (older versions lack serviceSelectors altogether)', () => {
    expect(run(adv('  aggregationLength: 24'), '0.15.3')).toEqual([]);
  });
});
