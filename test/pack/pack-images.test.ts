import { describe, expect, it } from 'vitest';
import { lines, packFindings } from './helpers.js';

const cases: { name: string; values: string; layer?: string; want: string[] }[] = [
  { name: 'images listed', values: lines('pack:', '  content:', '    images:', '      - image: a/b:1'), want: [] },
  { name: 'empty list', values: lines('pack:', '  content:', '    images: []'), want: ['pack/no-images@3:13'] },
  { name: 'no content at all', values: lines('pack:', '  namespace: demo'), want: ['pack/no-images@1:1'] },
  { name: 'an entry without image', values: lines('pack:', '  content:', '    images:', '      - name: a/b:1'), want: ['pack/no-images@4:9'] },
  { name: 'not an add-on layer', values: lines('pack:', '  namespace: demo'), layer: 'cni', want: [] },
];

describe('pack.content.images for add-on packs', () => {
  it.each(cases)('$name', ({ values, layer, want }) => {
    const pj = JSON.stringify({ name: 'demo', displayName: 'Demo', version: '1.0.0', layer: layer ?? 'addon' });
    expect(packFindings({ 'values.yaml': values, 'pack.json': pj }, ['pack/no-images'])).toEqual(want);
  });
});
