import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { API_VERSIONS, FIELDS, fieldsAt } from '../../../src/metallb/fields.js';
import { KINDS, type Kind } from '../../../src/metallb/model.js';
import { atLeastVersion, parseVersion } from '../../../src/metallb/version.js';

/** The upstream CRDs of four releases (read in place, never copied into the repo). */
const UPSTREAM = join(import.meta.dirname, '../../../../shared/metallb-upstream');
const TAGS = ['v0.13.12', 'v0.14.9', 'v0.15.3', 'v0.16.1'];

interface CrdVersion {
  kind: string;
  name: string;
  deprecated: boolean;
  fields: string[];
}

function crdVersions(tag: string): CrdVersion[] {
  const dir = join(UPSTREAM, tag, 'crds');
  const out: CrdVersion[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, f), 'utf8'))) {
      const crd = doc.toJS() as { spec?: { names: { kind: string }; versions: { name: string; deprecated?: boolean; schema: { openAPIV3Schema: { properties: { spec?: { properties?: object } } } } }[] } };
      if (!crd?.spec) continue;
      for (const v of crd.spec.versions) {
        out.push({
          kind: crd.spec.names.kind,
          name: v.name,
          deprecated: v.deprecated === true,
          fields: Object.keys(v.schema.openAPIV3Schema.properties.spec?.properties ?? {}).sort(),
        });
      }
    }
  }
  return out;
}

describe('src/metallb/fields.ts agrees with the upstream CRDs (needs ../shared/metallb-upstream; fails without it)', () => {
  for (const tag of TAGS) {
    const version = parseVersion(tag)!;
    const crds = crdVersions(tag);

    it(`${tag}: every kind and apiVersion the CRDs serve is known, and no other`, () => {
      const served = crds.map((c) => `${c.kind}/${c.name}`).sort();
      const ours = KINDS.flatMap((k) => Object.keys(API_VERSIONS[k]).map((v) => `${k}/${v}`)).sort();
      expect(ours).toEqual(served);
    });

    for (const crd of crds) {
      it(`${tag}: ${crd.kind} ${crd.name} spec fields`, () => {
        expect(fieldsAt(crd.kind as Kind, `metallb.io/${crd.name}`, version).sort()).toEqual(crd.fields);
      });
      it(`${tag}: ${crd.kind} ${crd.name} deprecation`, () => {
        const info = API_VERSIONS[crd.kind as Kind][crd.name]!;
        const deprecated = info.deprecated !== undefined && atLeastVersion(version, info.deprecated);
        expect(deprecated).toBe(crd.deprecated);
      });
    }
  }

  it('every field of the table exists in the newest CRDs (nothing invented)', () => {
    const newest = crdVersions(TAGS[TAGS.length - 1]!);
    for (const kind of KINDS) {
      const all = new Set(newest.filter((c) => c.kind === kind).flatMap((c) => c.fields));
      for (const f of Object.keys(FIELDS[kind])) expect(all.has(f), `${kind}.${f}`).toBe(true);
    }
  });
});
