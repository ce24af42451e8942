import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../helpers/diagnose.js';

/** lb-metallb-helm values with the given lines under charts.metallb-full.metallb (line 4 on). */
const helmValues = (...chart: string[]) => yaml('charts:', '  metallb-full:', '    metallb:', ...chart);

const both = helmValues('      speaker:', '        frr:', '          enabled: true', '      frrk8s:', '        enabled: true');
const onlyFrrk8s = helmValues('      frrk8s:', '        enabled: true');
const onlyFrr = helmValues('      speaker:', '        frr:', '          enabled: true');

const cases: { name: string; text: string; version: string; want: string[] }[] = [
  // reported at frrk8s.enabled (line 8, value in column 18) when it is written
  { name: 'both true at 0.14.9', text: both, version: '0.14.9', want: ['metallb/frr-mode-conflict@8:18'] },
  { name: 'both true at 0.15.3', text: both, version: '0.15.3', want: ['metallb/frr-mode-conflict@8:18'] },
  { name: 'both true at 0.16.1', text: both, version: '0.16.1', want: ['metallb/frr-mode-conflict@8:18'] },
  // speaker.frr.enabled defaults to true up to 0.15: turning frr-k8s on alone conflicts
  { name: 'frrk8s on, frr by default (0.14.9)', text: onlyFrrk8s, version: '0.14.9', want: ['metallb/frr-mode-conflict@5:18'] },
  { name: 'frrk8s on, frr by default (0.15.3)', text: onlyFrrk8s, version: '0.15.3', want: ['metallb/frr-mode-conflict@5:18'] },
  // frrk8s.enabled defaults to true from 0.16: turning frr on alone conflicts, reported at speaker.frr.enabled
  { name: 'frr on, frr-k8s by default (0.16.1)', text: onlyFrr, version: '0.16.1', want: ['metallb/frr-mode-conflict@6:20'] },
  // accepted
  { name: 'frr on alone at 0.14.9 (the default)', text: onlyFrr, version: '0.14.9', want: [] },
  { name: 'frr-k8s on alone at 0.16.1 (the default)', text: onlyFrrk8s, version: '0.16.1', want: [] },
  { name: 'frr-k8s on, frr off at 0.14.9', text: helmValues('      speaker:', '        frr:', '          enabled: false', '      frrk8s:', '        enabled: true'), version: '0.14.9', want: [] },
  { name: 'frr on, frr-k8s off at 0.16.1', text: helmValues('      speaker:', '        frr:', '          enabled: true', '      frrk8s:', '        enabled: false'), version: '0.16.1', want: [] },
  { name: 'nothing set at 0.14.9', text: helmValues('      controller: {}'), version: '0.14.9', want: [] },
  { name: 'nothing set at 0.16.1', text: helmValues('      controller: {}'), version: '0.16.1', want: [] },
];

describe('metallb/frr-mode-conflict (helm values)', () => {
  it.each(cases)('$name', ({ text, version, want }) => {
    expect(brief(diagnose(text, { metallbVersion: version }), 'metallb/frr-mode-conflict')).toEqual(want);
  });

  it('is an error that says how to fix it', () => {
    const d = diagnose(both, { metallbVersion: '0.14.9' }).find((x) => x.code === 'metallb/frr-mode-conflict');
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(/speaker\.frr\.enabled: false/);
  });
});
