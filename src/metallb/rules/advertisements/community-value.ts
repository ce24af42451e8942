/**
 * A BGP community as MetalLB's `community.New` reads it: split on `:`; two parts are `AA:NN`
 * (uint16 each), four parts are `large:A:B:C` (marker exactly `large`, uint32 each). Any other
 * shape is not a value at all: inside an advertisement it is taken as an alias name.
 */
export type CommunityValue = { ok: true; kind: 'standard' | 'large'; canonical: string } | { ok: false; message: string };

function uint(s: string, max: number): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= max ? n : undefined;
}

/** undefined when the text does not have the shape of a community value (2 or 4 `:`-parts) */
export function parseCommunity(text: string): CommunityValue | undefined {
  const parts = text.split(':');
  if (parts.length === 2) {
    const bad = parts.find((p) => uint(p, 65535) === undefined);
    if (bad === undefined) return { ok: true, kind: 'standard', canonical: parts.map((p) => String(Number(p))).join(':') };
    return { ok: false, message: `\`${text}\` is not a valid community: \`${bad}\` must be a number from 0 to 65535 in \`AA:NN\`` };
  }
  if (parts.length === 4) {
    if (parts[0] !== 'large') {
      return { ok: false, message: `\`${text}\` is not a valid large community: it must start with the marker \`large\` (lowercase), as in \`large:${parts.slice(1).join(':')}\`` };
    }
    const bad = parts.slice(1).find((p) => uint(p, 4294967295) === undefined);
    if (bad === undefined) return { ok: true, kind: 'large', canonical: `large:${parts.slice(1).map((p) => String(Number(p))).join(':')}` };
    return { ok: false, message: `\`${text}\` is not a valid large community: \`${bad}\` must be a number from 0 to 4294967295 in \`large:A:B:C\`` };
  }
  return undefined;
}

/** `"AA:NN"` or `"large:A:B:C"` — for messages */
export const COMMUNITY_FORMS = '`AA:NN` (0-65535 each) or `large:A:B:C` (0-4294967295 each)';
