import { describe, expect, it } from 'vitest';
import { lines, packFindings } from './helpers.js';
import { preset, presetValues } from './presets-fixtures.js';

const withRemove = (...paths: string[]) => lines('presets:', ...preset('a', 'G', ['    remove:', ...paths.map((p) => `      - ${p}`)]));

const cases: { name: string; presets: string; want: string[] }[] = [
  { name: 'existing paths', presets: withRemove('app.mode', 'app.pools', 'app.pools.$[]'), want: [] },
  { name: 'a path that is not in values.yaml', presets: withRemove('app.mode', 'app.modes'), want: ['presets/remove-path@7:9'] },
  { name: 'a missing top-level key', presets: withRemove('charts.web'), want: ['presets/remove-path@6:9'] },
];

describe('preset remove paths', () => {
  it.each(cases)('$name', ({ presets, want }) => {
    expect(packFindings({ 'values.yaml': presetValues(), 'presets.yaml': presets }, ['presets/'])).toEqual(want);
  });
});
