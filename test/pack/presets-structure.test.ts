import { describe, expect, it } from 'vitest';
import { lines, packFindings } from './helpers.js';
import { preset, presetValues } from './presets-fixtures.js';

const cases: { name: string; presets: string; want: string[] }[] = [
  { name: 'two presets of one group', presets: lines('presets:', ...preset('a', 'Mode'), ...preset('b', 'Mode')), want: [] },
  { name: 'not a list', presets: lines('presets:', '  a: 1'), want: ['presets/invalid@2:3'] },
  { name: 'an entry that is not a mapping', presets: lines('presets:', '  - just-a-name'), want: ['presets/invalid@2:5'] },
  { name: 'no group', presets: lines('presets:', '  - name: a', '    displayName: A'), want: ['presets/missing-field@2:5'] },
  { name: 'empty displayName', presets: lines('presets:', '  - name: a', '    displayName: ""', '    group: G'), want: ['presets/missing-field@3:18'] },
  { name: 'duplicate names', presets: lines('presets:', ...preset('a', 'G'), ...preset('a', 'H')), want: ['presets/duplicate-name@5:11'] },
  { name: 'remove is not a list of paths', presets: lines('presets:', ...preset('a', 'G', ['    remove: app.mode'])), want: ['presets/invalid@5:13'] },
];

describe('presets.yaml structure', () => {
  it.each(cases)('$name', ({ presets, want }) => {
    expect(packFindings({ 'values.yaml': presetValues(), 'presets.yaml': presets }, ['presets/'])).toEqual(want);
  });
});
