import { describe, expect, it } from 'vitest';
import { lines, packFindings } from './helpers.js';

const manifestPack = (extra: string) =>
  lines('{', '  "name": "demo",', '  "displayName": "Demo",', '  "version": "1.0.0",', '  "layer": "addon",', `  ${extra}`, '}');

const chartYaml = (name: string, version: string) => lines('apiVersion: v2', `name: ${name}`, `version: ${version}`);

const cases: { name: string; files: Record<string, string | Buffer | undefined>; want: string[] }[] = [
  { name: 'a manifest that exists', files: { 'pack.json': manifestPack('"kubeManifests": ["manifests/app.yaml"]'), 'manifests/app.yaml': 'kind: List\n' }, want: [] },
  { name: 'a manifest that does not exist', files: { 'pack.json': manifestPack('"kubeManifests": ["manifests/app.yaml"]') }, want: ['pack/missing-path@6:21'] },
  { name: 'a path outside the pack', files: { 'pack.json': manifestPack('"kubeManifests": ["../app.yaml"]') }, want: ['pack/missing-path@6:21'] },
  {
    name: 'a packaged chart that exists',
    files: { 'pack.json': manifestPack('"charts": ["charts/demo-1.0.0.tgz"]'), 'charts/demo-1.0.0.tgz': Buffer.from('x') },
    want: [],
  },
  {
    name: 'a chart in source form (folder whose Chart.yaml names the archive)',
    files: { 'pack.json': manifestPack('"charts": ["charts/demo-1.0.0.tgz"]'), 'charts/demo/Chart.yaml': chartYaml('demo', '1.0.0') },
    want: ['pack/chart-from-source@6:14'],
  },
  {
    name: 'a source folder of another version does not count',
    files: { 'pack.json': manifestPack('"charts": ["charts/demo-1.0.0.tgz"]'), 'charts/demo/Chart.yaml': chartYaml('demo', '1.0.1') },
    want: ['pack/missing-path@6:14'],
  },
  { name: 'logo.png missing', files: { 'logo.png': undefined }, want: ['pack/missing-logo@1:1'] },
  { name: 'README.md missing', files: { 'README.md': undefined }, want: ['pack/missing-readme@1:1'] },
];

describe('files named by pack.json, logo and README', () => {
  it.each(cases)('$name', ({ files, want }) => {
    expect(packFindings(files, ['pack/missing-path', 'pack/chart-from-source', 'pack/missing-logo', 'pack/missing-readme'])).toEqual(want);
  });
});
