import { describe, expect, it } from 'vitest';
import { maxSatisfying } from '../../src/deps/semver.js';

const VERSIONS = ['0.12.1', '0.13.7', '0.13.12', '0.14.0-rc.1', '0.14.8', '0.14.9', '0.15.0', '0.15.3', '1.0.0', '1.2.0', 'v2.0.0'];

describe('maxSatisfying (the semver subset chart dependencies need)', () => {
  const cases: [string, string | undefined][] = [
    ['0.14.9', '0.14.9'],
    ['=0.13.7', '0.13.7'],
    ['^0.14.0', '0.14.9'],
    ['^0.13.7', '0.13.12'],
    ['^1.0.0', '1.2.0'],
    ['~0.13.7', '0.13.12'],
    ['~0.14', '0.14.9'],
    ['>=0.13.0 <0.15.0', '0.14.9'],
    ['>= 0.13.0, < 0.15.0', '0.14.9'],
    ['>0.15.3 <2', '1.2.0'],
    ['0.14.x', '0.14.9'],
    ['0.x', '0.15.3'],
    ['1', '1.2.0'],
    ['*', '2.0.0'],
    ['', '2.0.0'],
    ['0.13.0 - 0.14.8', '0.14.8'],
    ['<0.13.0 || ^1.0.0', '1.2.0'],
    ['<=0.14', '0.14.9'],
    ['0.14.0-rc.1', '0.14.0-rc.1'],
    ['^3.0.0', undefined],
    ['!=2.0.0 >=1', '1.2.0'],
  ];
  it.each(cases)('%s → %s', (range, want) => {
    expect(maxSatisfying(VERSIONS, range)?.replace(/^v/, '')).toBe(want);
  });
  it('ignores pre-releases unless asked for', () => {
    expect(maxSatisfying(['1.0.0', '1.1.0-beta.1'], '^1.0.0')).toBe('1.0.0');
    expect(maxSatisfying(['1.0.0', '1.1.0-beta.1'], '>=1.1.0-beta.0')).toBe('1.1.0-beta.1');
  });
  it('refuses a range it cannot read', () => {
    expect(maxSatisfying(VERSIONS, 'latest')).toBeUndefined();
  });
});
