/**
 * The small part of semver that chart dependencies need (Masterminds/semver, as helm reads it):
 * versions `1.2.3[-pre][+build]` with an optional `v`; ranges of comparators joined by spaces or
 * commas (AND) and `||` (OR): `1.2.3`/`=1.2.3`, `>`, `>=`, `<`, `<=`, `!=`, `^1.2.3`, `~1.2.3`,
 * x-ranges (`1.2.x`, `1.x`, `1`, `*`), hyphen ranges `1.2.3 - 2.0.0`. Pre-releases only match a
 * range that names a pre-release itself.
 */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  pre: string[];
  raw: string;
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseSemVer(s: string): SemVer | undefined {
  const m = VERSION.exec(s.trim());
  if (!m) return undefined;
  return { major: +m[1]!, minor: +m[2]!, patch: +m[3]!, pre: m[4] ? m[4].split('.') : [], raw: s };
}

export function compareSemVer(a: SemVer, b: SemVer): number {
  const d = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (d) return d;
  if (!a.pre.length || !b.pre.length) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && +x !== +y) return +x - +y;
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

type Comparator = { op: '<' | '<=' | '>' | '>=' | '=' | '!='; v: SemVer };

/** A partial version ('1', '1.2', '1.2.x') → its parts, undefined for wildcards. */
function partial(s: string): { parts: (number | undefined)[]; pre: string[] } | undefined {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(s);
  if (!m) return undefined;
  const num = (x: string | undefined) => (x === undefined || /^[xX*]$/.test(x) ? undefined : +x);
  const parts = [num(m[1]), num(m[2]), num(m[3])];
  for (let i = 1; i < 3; i++) if (parts[i - 1] === undefined) parts[i] = undefined;
  return { parts, pre: m[4] ? m[4].split('.') : [] };
}

const v = (major: number, minor: number, patch: number, pre: string[] = []): SemVer => ({ major, minor, patch, pre, raw: `${major}.${minor}.${patch}` });

function expand(token: string): Comparator[] | undefined {
  const m = /^(\^|~>?|>=|<=|>|<|=|!=)?\s*(.+)$/.exec(token);
  if (!m) return undefined;
  const op = m[1] ?? '';
  const p = partial(m[2]!);
  if (!p) return undefined;
  const [ma, mi, pa] = p.parts;
  if (ma === undefined) return op === '<' || op === '>' || op === '!=' ? [{ op: '<', v: v(0, 0, 0) }] : [];
  const lo = v(ma, mi ?? 0, pa ?? 0, p.pre);
  const upperForX = mi === undefined ? v(ma + 1, 0, 0, ['0']) : pa === undefined ? v(ma, mi + 1, 0, ['0']) : undefined;
  switch (op) {
    case '^': {
      const up = ma > 0 || mi === undefined ? v(ma + 1, 0, 0, ['0']) : mi > 0 || pa === undefined ? v(0, mi + 1, 0, ['0']) : v(0, 0, pa + 1, ['0']);
      return [{ op: '>=', v: lo }, { op: '<', v: up }];
    }
    case '~':
    case '~>':
      return [{ op: '>=', v: lo }, { op: '<', v: mi === undefined ? v(ma + 1, 0, 0, ['0']) : v(ma, mi + 1, 0, ['0']) }];
    case '>':
      return upperForX ? [{ op: '>=', v: upperForX }] : [{ op: '>', v: lo }];
    case '>=':
      return [{ op: '>=', v: lo }];
    case '<':
      return [{ op: '<', v: lo }];
    case '<=':
      return upperForX ? [{ op: '<', v: upperForX }] : [{ op: '<=', v: lo }];
    case '!=':
      return [{ op: '!=', v: lo }];
    default:
      return upperForX ? [{ op: '>=', v: lo }, { op: '<', v: upperForX }] : [{ op: '=', v: lo }];
  }
}

export type Range = Comparator[][];

export function parseRange(range: string): Range | undefined {
  const alts: Range = [];
  for (const alt of range.split('||')) {
    const s = alt.trim();
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(s);
    const tokens = hyphen ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`] : s.replace(/(\^|~>?|>=|<=|!=|>|<|=)\s+/g, '$1').split(/[\s,]+/).filter(Boolean);
    const set: Comparator[] = [];
    for (const t of tokens.length ? tokens : ['*']) {
      const c = expand(t);
      if (!c) return undefined;
      set.push(...c);
    }
    alts.push(set);
  }
  return alts;
}

export function satisfies(version: SemVer, range: Range): boolean {
  return range.some((set) => {
    if (version.pre.length && !set.some((c) => c.v.pre.length && c.v.pre[0] !== '0' && c.v.major === version.major && c.v.minor === version.minor && c.v.patch === version.patch)) {
      return false;
    }
    return set.every((c) => {
      const d = compareSemVer(version, c.v);
      switch (c.op) {
        case '<': return d < 0;
        case '<=': return d <= 0;
        case '>': return d > 0;
        case '>=': return d >= 0;
        case '=': return d === 0;
        case '!=': return d !== 0;
      }
    });
  });
}

/** The highest of `versions` that satisfies `range`, or undefined. */
export function maxSatisfying(versions: readonly string[], range: string): string | undefined {
  const r = parseRange(range);
  if (!r) return undefined;
  let best: SemVer | undefined;
  for (const raw of versions) {
    const sv = parseSemVer(raw);
    if (sv && satisfies(sv, r) && (!best || compareSemVer(sv, best) > 0)) best = sv;
  }
  return best?.raw;
}
