import { describe, expect, it } from 'vitest';
import { lines, packFindings } from './helpers.js';

const cases: { name: string; json: string; want: string[] }[] = [
  { name: 'a clean pack.json', json: lines('{', '  "name": "demo",', '  "displayName": "Demo",', '  "version": "1.0.0",', '  "layer": "addon"', '}'), want: [] },
  {
    name: 'missing and empty required fields',
    json: lines('{', '  "name": "demo",', '  "displayName": "",', '  "layer": "addon"', '}'),
    want: ['pack/required-field@1:1', 'pack/required-field@3:18'],
  },
  { name: 'a number where a string is required', json: lines('{', '  "name": 7,', '  "displayName": "D",', '  "version": "1.0.0",', '  "layer": "addon"', '}'), want: ['pack/field-type@2:11'] },
  { name: 'version with a leading v', json: lines('{', '  "name": "demo",', '  "displayName": "D",', '  "version": "v1.0.0",', '  "layer": "addon"', '}'), want: ['pack/version-prefix@4:14'] },
  { name: 'unknown layer', json: lines('{', '  "name": "demo",', '  "displayName": "D",', '  "version": "1.0.0",', '  "layer": "addons"', '}'), want: ['pack/enum@5:12'] },
  {
    name: 'unknown cloud type',
    json: lines('{', '  "name": "demo",', '  "displayName": "D",', '  "version": "1.0.0",', '  "layer": "addon",', '  "cloudTypes": ["all", "bare-metal"]', '}'),
    want: ['pack/enum@6:25'],
  },
  {
    name: 'annotation values must be strings',
    json: lines('{', '  "name": "demo",', '  "displayName": "D",', '  "version": "1.0.0",', '  "layer": "addon",', '  "annotations": {"ok": "yes", "bad": true}', '}'),
    want: ['pack/annotation-type@6:39'],
  },
  {
    name: 'constraint enums',
    json: lines(
      '{', '  "name": "demo",', '  "displayName": "D",', '  "version": "1.0.0",', '  "layer": "addon",',
      '  "constraints": {',
      '    "dependencies": [{"packName": "x", "layer": "cni", "type": "needed"}],',
      '    "resources": [{"type": "gpu", "components": [{"scheduleType": "workers"}]}]',
      '  }', '}',
    ),
    want: ['pack/enum@7:64', 'pack/enum@8:28', 'pack/enum@8:67'],
  },
  { name: 'not an object', json: '[1, 2]\n', want: ['pack/not-an-object@1:1'] },
];

describe('pack.json checks', () => {
  it.each(cases)('$name', ({ json, want }) => {
    const got = packFindings({ 'pack.json': json }, ['pack/required-field', 'pack/field-type', 'pack/version-prefix', 'pack/enum', 'pack/annotation-type', 'pack/not-an-object']);
    expect(got).toEqual(want);
  });
});
