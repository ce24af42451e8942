import { describe, expect, it } from 'vitest';
import { lines, packFindings } from './helpers.js';
import { preset, presetValues } from './presets-fixtures.js';

const PRESETS = lines('presets:', ...preset('l2', 'Mode'), ...preset('bgp', 'Mode'), ...preset('metrics', 'Monitoring'));

// "# spectrocloud.com/enabled-presets: " is 36 characters: the first item starts at column 37
const cases: { name: string; enabled: string; presets?: string; want: string[] }[] = [
  { name: 'one preset per group', enabled: 'Mode:l2,Monitoring:metrics', want: [] },
  { name: 'an unknown preset', enabled: 'Mode:l2, Mode:ospf', want: ['presets/enabled-unknown@1:46'] },
  { name: 'an unknown group', enabled: 'Routing:bgp', want: ['presets/enabled-unknown@1:37'] },
  { name: 'no group given', enabled: 'l2', want: ['presets/enabled-unknown@1:37'] },
  { name: 'two alternatives of one group', enabled: 'Mode:l2,Mode:bgp', want: ['presets/group-conflict@1:45'] },
  { name: 'no presets.yaml at all', enabled: 'Mode:l2', presets: '', want: ['presets/enabled-unknown@1:37'] },
];

describe('enabled-presets line of values.yaml', () => {
  it.each(cases)('$name', ({ enabled, presets, want }) => {
    const files: Record<string, string | undefined> = { 'values.yaml': presetValues(enabled), 'presets.yaml': presets === '' ? undefined : PRESETS };
    expect(packFindings(files, ['presets/'])).toEqual(want);
  });
});
