import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse, parseAllDocuments } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/render/fixtures');
export const GOLDEN = join(ROOT, 'test/golden/render');
export const UPSTREAM = resolve(ROOT, '../shared/metallb-upstream');

/** CRD tag checked for each target family. */
export const CRD_TAGS: Record<string, string> = { '0.13': 'v0.13.12', '0.14': 'v0.14.9', '0.15': 'v0.15.3', '0.16': 'v0.16.1' };

export function crdTagFor(version: string): string {
  const family = version.split('.').slice(0, 2).join('.');
  const tag = CRD_TAGS[family];
  if (!tag) throw new Error(`no CRD tag for ${version}`);
  return tag;
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

const PLURAL: Record<string, string> = {
  IPAddressPool: 'ipaddresspools',
  L2Advertisement: 'l2advertisements',
  BGPAdvertisement: 'bgpadvertisements',
  BGPPeer: 'bgppeers',
  Community: 'communities',
  BFDProfile: 'bfdprofiles',
};

/**
 * Drops Kubernetes extensions (x-kubernetes-*) and closes every object schema that lists its
 * properties (additionalProperties: false): the API server prunes unknown fields silently, so a
 * field the target version does not know must fail here instead of vanishing in the cluster.
 */
function prepare(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(prepare);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k.startsWith('x-kubernetes-')) continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, prepare(s)])) : prepare(v);
  }
  const preserve = (schema as Record<string, unknown>)['x-kubernetes-preserve-unknown-fields'] === true;
  if (out['properties'] && out['additionalProperties'] === undefined && !preserve) out['additionalProperties'] = false;
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
const validators = new Map<string, ValidateFunction>();

/** ajv validator of the real CRD openAPIV3Schema of `kind` at `apiVersion` in upstream `tag`. */
export function crdValidator(tag: string, kind: string, apiVersion: string): ValidateFunction {
  const key = `${tag}/${kind}/${apiVersion}`;
  let v = validators.get(key);
  if (!v) {
    const plural = PLURAL[kind];
    if (!plural) throw new Error(`unknown kind ${kind}`);
    const crd = parse(readFileSync(join(UPSTREAM, tag, 'crds', `${plural}.yaml`), 'utf8'));
    const name = apiVersion.split('/')[1];
    const entry = crd.spec.versions.find((x: { name: string }) => x.name === name);
    if (!entry) throw new Error(`${tag} ${kind} has no version ${name}`);
    v = ajv.compile(prepare(entry.schema.openAPIV3Schema) as object);
    validators.set(key, v);
  }
  return v;
}

/** Every document of a rendered stream, checked against its CRD; returns problems as strings. */
export function crdProblems(text: string, tag: string): string[] {
  const problems: string[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) {
      problems.push(`YAML: ${doc.errors[0]!.message}`);
      continue;
    }
    const obj = doc.toJS() as { apiVersion: string; kind: string; metadata?: { name?: string; namespace?: string } };
    if (!obj.metadata?.name || !obj.metadata.namespace) problems.push(`${obj.kind}: metadata.name and metadata.namespace are required`);
    const v = crdValidator(tag, obj.kind, obj.apiVersion);
    if (!v(obj)) problems.push(`${obj.kind}/${obj.metadata?.name}: ${ajv.errorsText(v.errors)}`);
  }
  return problems;
}

/** Bundled pack directories under packs/ (whatever exists now). */
export function bundledPacks(): { dir: string; name: string; version: string }[] {
  const packs = join(ROOT, 'packs');
  if (!existsSync(packs)) return [];
  return readdirSync(packs, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packs, d.name, 'pack.json')) && existsSync(join(packs, d.name, 'values.yaml')))
    .map((d) => {
      const pj = JSON.parse(readFileSync(join(packs, d.name, 'pack.json'), 'utf8'));
      return { dir: join(packs, d.name), name: String(pj.name), version: String(pj.version) };
    });
}
