/** MetalLB release versions: parse, compare, and the range this tool knows. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  raw: string;
}

export const OLDEST_SUPPORTED = '0.8.0';
export const NEWEST_SUPPORTED = '0.16.1';

export function parseVersion(raw: string): Version | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(raw.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), raw: `${m[1]}.${m[2]}.${m[3] ?? 0}` };
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

const literals = new Map<string, Version>();

/** A version literal from the tool's own tables, parsed once. */
function v(raw: string): Version {
  let p = literals.get(raw);
  if (!p) {
    p = parseVersion(raw);
    if (!p) throw new Error(`bad version literal ${raw}`);
    literals.set(raw, p);
  }
  return p;
}

/** true when `version` is at least `since` (e.g. atLeastVersion(target, '0.13.4')) */
export function atLeastVersion(version: Version, since: string): boolean {
  return compareVersions(version, v(since)) >= 0;
}

export function isSupported(version: Version): boolean {
  return compareVersions(version, v(OLDEST_SUPPORTED)) >= 0 && compareVersions(version, v(NEWEST_SUPPORTED)) <= 0;
}

/** MetalLB ≤ 0.12 is configured by the ConfigMap `config`; 0.13+ by custom resources. */
export function usesConfigMap(version: Version): boolean {
  return !atLeastVersion(version, '0.13.0');
}
