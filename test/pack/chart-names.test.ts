import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/actions/validate.js';
import { lines, makePack, packFindings } from './helpers.js';

const packDiagnostics = (files: Record<string, string | Buffer>) => validatePaths([makePack(files)])[0]!.diagnostics;

function tgz(chartDir: string, chartYaml: string): Buffer {
  const root = mkdtempSync(join(tmpdir(), 'sp-chart-'));
  mkdirSync(join(root, chartDir));
  writeFileSync(join(root, chartDir, 'Chart.yaml'), chartYaml);
  writeFileSync(join(root, chartDir, 'values.yaml'), 'a: 1\n');
  const file = join(root, 'out.tgz');
  tar.c({ gzip: true, file, cwd: root, sync: true, portable: true }, [chartDir]);
  return readFileSync(file);
}

const pj = (chart: string) => JSON.stringify({ name: 'demo', displayName: 'Demo', version: '1.0.0', layer: 'addon', charts: [chart] }, null, 2);
const values = (key: string) => lines('pack:', '  content:', '    images:', '      - image: a/b:1', 'charts:', `  ${key}:`, '    replicas: 1');

const cases: { name: string; files: Record<string, string | Buffer>; want: string[] }[] = [
  {
    name: 'source folder, key = Chart.yaml name',
    files: { 'pack.json': pj('charts/web-full-1.0.0.tgz'), 'charts/web-full/Chart.yaml': lines('name: web-full', 'version: 1.0.0'), 'values.yaml': values('web-full') },
    want: [],
  },
  {
    name: 'key is the file name, not the chart name',
    files: { 'pack.json': pj('charts/web-full-1.0.0.tgz'), 'charts/web-full/Chart.yaml': lines('name: web-full', 'version: 1.0.0'), 'values.yaml': values('web-full-1.0.0') },
    want: ['pack/chart-name-mismatch@6:3'],
  },
  {
    name: 'name read from a packaged chart',
    files: { 'pack.json': pj('charts/web-1.0.0.tgz'), 'charts/web-1.0.0.tgz': tgz('web', lines('name: web', 'version: 1.0.0')), 'values.yaml': values('web') },
    want: [],
  },
  {
    name: 'packaged chart named differently from its key',
    files: { 'pack.json': pj('charts/web-1.0.0.tgz'), 'charts/web-1.0.0.tgz': tgz('web', lines('name: webapp', 'version: 1.0.0')), 'values.yaml': values('web') },
    want: ['pack/chart-name-mismatch@6:3'],
  },
  {
    name: 'an archive that is not a chart',
    files: { 'pack.json': pj('charts/web-1.0.0.tgz'), 'charts/web-1.0.0.tgz': Buffer.from('not gzip'), 'values.yaml': values('web') },
    want: ['pack/chart-unreadable@7:5', 'pack/chart-name-mismatch@6:3'],
  },
  {
    name: 'pack.json lists a chart that is not in the pack',
    files: { 'pack.json': pj('charts/web-1.0.0.tgz'), 'values.yaml': values('web') },
    want: ['pack/chart-name-mismatch@6:3'],
  },
];

describe('charts.<name> keys equal Chart.yaml names', () => {
  it.each(cases)('$name', ({ files, want }) => {
    expect(packFindings(files, ['pack/chart-name-mismatch', 'pack/chart-unreadable'])).toEqual(want);
  });

  it.each([
    { name: 'a missing chart is named, not "lists no chart"', files: { 'pack.json': pj('charts/web-1.0.0.tgz'), 'values.yaml': values('web') }, message: /pack\.json lists "charts\/web-1\.0\.0\.tgz", which is not in the pack\); add that chart/ },
    { name: 'no chart at all', files: { 'pack.json': JSON.stringify({ name: 'demo', displayName: 'Demo', version: '1.0.0', layer: 'addon' }), 'values.yaml': values('web') }, message: /pack\.json lists no chart\)/ },
    { name: 'an unreadable chart', files: { 'pack.json': pj('charts/web-1.0.0.tgz'), 'charts/web-1.0.0.tgz': Buffer.from('not gzip'), 'values.yaml': values('web') }, message: /the name of "charts\/web-1\.0\.0\.tgz" could not be read/ },
  ])('the message says why: $name', ({ files, message }) => {
    expect(packDiagnostics(files).find((d) => d.code === 'pack/chart-name-mismatch')?.message).toMatch(message);
  });
});
