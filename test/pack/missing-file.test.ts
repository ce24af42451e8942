import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/actions/validate.js';
import { makePack } from './helpers.js';

/** `file code@line:col` of pack/missing-file, with the file relative to the pack directory. */
function missing(files: Record<string, string | undefined>): string[] {
  const dir = makePack(files);
  const [result] = validatePaths([dir]);
  return result!.diagnostics
    .filter((d) => d.code === 'pack/missing-file')
    .map((d) => `${d.file.slice(dir.length + 1)} ${d.code}@${d.range?.start.line}:${d.range?.start.column}`);
}

const k8sLayer = JSON.stringify({ name: 'demo', displayName: 'Demo', version: '1.0.0', layer: 'k8s', cloudTypes: ['all'] });

describe('pack/missing-file', () => {
  it.each([
    { name: 'no values.yaml (k8s layer)', files: { 'values.yaml': undefined, 'pack.json': k8sLayer }, want: ['values.yaml pack/missing-file@1:1'] },
    { name: 'no pack.json', files: { 'pack.json': undefined }, want: ['pack.json pack/missing-file@1:1'] },
    { name: 'neither', files: { 'pack.json': undefined, 'values.yaml': undefined }, want: ['pack.json pack/missing-file@1:1', 'values.yaml pack/missing-file@1:1'] },
    { name: 'an empty values.yaml is fine', files: { 'values.yaml': '' , 'pack.json': k8sLayer }, want: [] },
  ])('$name', ({ files, want }) => {
    expect(missing(files)).toEqual(want);
  });

  // once crashed in LayeredValues.locate (no value layers): the missing file now stands in as empty
  it('no values.yaml in an add-on pack: reported, not a crash', () => {
    expect(missing({ 'values.yaml': undefined })).toEqual(['values.yaml pack/missing-file@1:1']);
  });
});
