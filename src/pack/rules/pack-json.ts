import type { Finding, Loc } from '../../diagnostics/finding.js';
import { isPlainObject } from '../../values/layers.js';
import { packJsonObject, report, type PackCheckInput } from './input.js';

export const LAYERS = ['kernel', 'os', 'k8s', 'cni', 'csi', 'addon'] as const;
export const CLOUD_TYPES = [
  'all', 'aws', 'azure', 'gcp', 'vsphere', 'openstack', 'baremetal', 'maas', 'aks', 'eks',
  'tencent', 'tke', 'edge', 'libvirt', 'edge-native', 'coxedge', 'custom',
] as const;
const DEPENDENCY_TYPES = ['required', 'optional', 'notSupported', 'upgrade'];
const RESOURCE_TYPES = ['cpu', 'memory', 'diskSize'];
const SCHEDULE_TYPES = ['all', 'master', 'worker'];
const REQUIRED = ['name', 'displayName', 'version', 'layer'] as const;
const OPTIONAL_STRINGS = ['addonType', 'addonSubType', 'group', 'eol'];

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function oneOf(value: unknown, allowed: readonly string[], what: string, loc: Loc, out: Finding[]): void {
  if (typeof value !== 'string') {
    out.push(report('pack/field-type', `${what} is ${typeName(value)}; write one of: ${allowed.join(', ')}`, loc));
  } else if (!allowed.includes(value)) {
    out.push(report('pack/enum', `${what} "${value}" is not one of: ${allowed.join(', ')}`, loc));
  }
}

/** pack.json: required fields, types, enums, version without `v`, annotations string → string. */
export function checkPackJson({ pack }: PackCheckInput): Finding[] {
  const src = pack.packJson;
  if (!src || src.findings.some((f) => f.severity === 'error')) return [];
  const file = src.file;
  const at = (...path: (string | number)[]): Loc => ({ file, path });
  const pj = packJsonObject(pack);
  if (!pj) return [report('pack/not-an-object', 'pack.json must be a JSON object with name, displayName, version and layer', at())];
  const out: Finding[] = [];
  for (const key of REQUIRED) {
    const v = pj[key];
    if (v === undefined) out.push(report('pack/required-field', `pack.json has no "${key}"; it is required`, at()));
    else if (typeof v !== 'string') out.push(report('pack/field-type', `"${key}" is ${typeName(v)}; write a string`, at(key)));
    else if (v.trim() === '') out.push(report('pack/required-field', `"${key}" is empty; it is required`, at(key)));
  }
  for (const key of OPTIONAL_STRINGS) {
    if (pj[key] !== undefined && typeof pj[key] !== 'string') out.push(report('pack/field-type', `"${key}" is ${typeName(pj[key])}; write a string`, at(key)));
  }
  if (typeof pj['version'] === 'string' && /^v/i.test(pj['version'].trim())) {
    out.push(report('pack/version-prefix', `version "${pj['version']}" starts with "v"; write ${pj['version'].trim().slice(1)}`, at('version')));
  }
  if (typeof pj['layer'] === 'string' && pj['layer'] !== '') oneOf(pj['layer'], LAYERS, 'layer', at('layer'), out);
  const ct = pj['cloudTypes'];
  if (ct !== undefined) {
    if (!Array.isArray(ct)) out.push(report('pack/field-type', `cloudTypes is ${typeName(ct)}; write a list such as ["all"]`, at('cloudTypes')));
    else ct.forEach((c, i) => oneOf(c, CLOUD_TYPES, 'cloud type', at('cloudTypes', i), out));
  }
  for (const key of ['charts', 'kubeManifests']) {
    const list = pj[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) out.push(report('pack/field-type', `${key} is ${typeName(list)}; write a list of paths`, at(key)));
    else list.forEach((p, i) => {
      if (typeof p !== 'string') out.push(report('pack/field-type', `${key}[${i}] is ${typeName(p)}; write a path relative to the pack`, at(key, i)));
    });
  }
  const ann = pj['annotations'];
  if (ann !== undefined) {
    if (!isPlainObject(ann)) out.push(report('pack/field-type', `annotations is ${typeName(ann)}; write an object of string → string`, at('annotations')));
    else for (const [k, v] of Object.entries(ann)) {
      if (typeof v !== 'string') out.push(report('pack/annotation-type', `annotation "${k}" is ${typeName(v)}; annotation values are strings: quote it, "${String(v)}"`, at('annotations', k)));
    }
  }
  checkConstraints(pj['constraints'], at, out);
  return out;
}

function checkConstraints(c: unknown, at: (...p: (string | number)[]) => Loc, out: Finding[]): void {
  if (c === undefined) return;
  if (!isPlainObject(c)) {
    out.push(report('pack/field-type', `constraints is ${typeName(c)}; write an object with dependencies[] and resources[]`, at('constraints')));
    return;
  }
  const list = (key: string): unknown[] => {
    const v = c[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      out.push(report('pack/field-type', `constraints.${key} is ${typeName(v)}; write a list`, at('constraints', key)));
      return [];
    }
    return v;
  };
  list('dependencies').forEach((d, i) => {
    if (!isPlainObject(d)) return void out.push(report('pack/field-type', `constraints.dependencies[${i}] is ${typeName(d)}; write {packName, layer, type}`, at('constraints', 'dependencies', i)));
    if (d['type'] !== undefined) oneOf(d['type'], DEPENDENCY_TYPES, 'dependency type', at('constraints', 'dependencies', i, 'type'), out);
    if (d['layer'] !== undefined) oneOf(d['layer'], LAYERS, 'dependency layer', at('constraints', 'dependencies', i, 'layer'), out);
  });
  list('resources').forEach((r, i) => {
    if (!isPlainObject(r)) return void out.push(report('pack/field-type', `constraints.resources[${i}] is ${typeName(r)}; write {type, minLimit, components}`, at('constraints', 'resources', i)));
    if (r['type'] !== undefined) oneOf(r['type'], RESOURCE_TYPES, 'resource type', at('constraints', 'resources', i, 'type'), out);
    const comps = r['components'];
    if (comps === undefined) return;
    if (!Array.isArray(comps)) return void out.push(report('pack/field-type', `components is ${typeName(comps)}; write a list`, at('constraints', 'resources', i, 'components')));
    comps.forEach((comp, j) => {
      if (isPlainObject(comp) && comp['scheduleType'] !== undefined) {
        oneOf(comp['scheduleType'], SCHEDULE_TYPES, 'scheduleType', at('constraints', 'resources', i, 'components', j, 'scheduleType'), out);
      }
    });
  });
}
