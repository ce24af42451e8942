import { describe, expect, it } from 'vitest';
import { packFindings } from './helpers.js';

const cases: { name: string; dir: string; want: string[] }[] = [
  { name: 'matching NAME-VERSION', dir: 'demo-1.0.0', want: [] },
  { name: 'another name', dir: 'other-1.0.0', want: ['pack/dir-name-mismatch@2:11'] },
  { name: 'another version', dir: 'demo-1.0.1', want: ['pack/dir-name-mismatch@4:14'] },
  { name: 'a directory not named NAME-VERSION is not judged', dir: 'my-pack', want: [] },
];

describe('directory name vs pack.json', () => {
  it.each(cases)('$name', ({ dir, want }) => {
    expect(packFindings({}, ['pack/dir-name-mismatch'], dir)).toEqual(want);
  });
});
