import { describe, expect, it } from 'vitest';
import { lines, packFindings } from './helpers.js';
import { preset, presetValues } from './presets-fixtures.js';

const withAdd = (...add: string[]) => lines('presets:', ...preset('a', 'G', ['    add: |', ...add.map((l) => `      ${l}`)]));

const cases: { name: string; presets: string; want: string[] }[] = [
  { name: 'valid YAML mapping', presets: withAdd('app:', '  mode: bgp'), want: [] },
  // line 7 of presets.yaml is the second line of the block; the error is mapped into it
  { name: 'broken YAML, position inside the block scalar', presets: withAdd('app:', '  mode: [bgp', 'other: 1'), want: ['presets/add-syntax@8:7'] },
  { name: 'duplicate key inside add', presets: withAdd('app:', '  mode: a', '  mode: b'), want: ['presets/add-syntax@8:9'] },
  { name: 'a list instead of a mapping', presets: withAdd('- app'), want: ['presets/add-syntax@6:7'] },
  { name: 'odd indentation', presets: withAdd('app:', '   mode: bgp'), want: ['presets/add-style@7:10'] },
];

describe('preset add blocks', () => {
  it.each(cases)('$name', ({ presets, want }) => {
    expect(packFindings({ 'values.yaml': presetValues(), 'presets.yaml': presets }, ['presets/'])).toEqual(want);
  });
});
