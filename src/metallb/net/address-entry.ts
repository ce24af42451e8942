import { parseCIDR, prefixRange, type Prefix } from './cidr.js';
import { bitsOf, formatIP, parseIP, type IP } from './ip.js';
import type { IPRange } from './ip-range.js';

export type AddressProblem = 'bare-ip' | 'whitespace' | 'invalid-cidr' | 'invalid-range' | 'reversed' | 'mixed-family';

/** One entry of `IPAddressPool.spec.addresses`, parsed as MetalLB's `ParseCIDR` does. */
export type AddressEntry =
  | { ok: true; kind: 'cidr'; range: IPRange; prefix: Prefix; hostBits: boolean }
  | { ok: true; kind: 'range'; range: IPRange }
  | { ok: false; problem: AddressProblem; message: string };

function fail(problem: AddressProblem, message: string): AddressEntry {
  return { ok: false, problem, message };
}

function q(s: string): string {
  return `\`${s}\``;
}

/** the fix for a text that would be a valid CIDR once trimmed (and given a length if bare) */
function cidrFix(trimmed: string): string | undefined {
  const ip = parseIP(trimmed);
  if (ip) return `${trimmed}/${bitsOf(ip.family)}`;
  return parseCIDR(trimmed).ok ? trimmed : undefined;
}

function parseCidrEntry(text: string): AddressEntry {
  const c = parseCIDR(text);
  if (c.ok) return { ok: true, kind: 'cidr', range: prefixRange(c.prefix), prefix: c.prefix, hostBits: c.hostBits };
  const trimmed = text.trim();
  if (trimmed !== text) {
    const fix = cidrFix(trimmed);
    if (fix) return fail('whitespace', `${q(text)} has whitespace around it, which MetalLB rejects in a CIDR; write ${q(fix)}`);
  }
  if (c.reason === 'no-slash') {
    const ip = parseIP(text);
    if (ip) {
      return fail('bare-ip', `${q(text)} is a bare IP; MetalLB needs a CIDR or a range: write ${q(`${text}/${bitsOf(ip.family)}`)} or ${q(`${text}-${text}`)}`);
    }
    return fail('invalid-cidr', `${q(text)} is neither a CIDR (like \`192.168.10.0/24\`) nor a range (like \`192.168.10.10-192.168.10.50\`)`);
  }
  if (c.reason === 'bad-length' && c.ip) {
    const bits = bitsOf(c.ip.family);
    return fail('invalid-cidr', `${q(text)} is not a valid CIDR: the prefix length must be a whole number from 0 to ${bits} for IPv${c.ip.family}`);
  }
  const addr = text.slice(0, text.indexOf('/'));
  return fail('invalid-cidr', `${q(text)} is not a valid CIDR: ${q(addr)} is not an IP address`);
}

function side(text: string, what: 'start' | 'end', raw: string): IP | string {
  const t = raw.trim();
  const ip = parseIP(t);
  if (ip) return ip;
  const hint = t.includes('/') ? '; a range takes two IP addresses, not CIDRs' : '';
  return `range ${q(text)} has an invalid ${what} ${q(t)}${hint}; write \`first-last\`, e.g. \`192.168.10.10-192.168.10.50\``;
}

/**
 * Parse one address entry. Without `-` it must be a CIDR (no surrounding whitespace; a bare IP is
 * rejected with a `/32` or `/128` hint). With `-` it is `start-end`, spaces allowed around either
 * side; start after end and mixed families are errors.
 */
export function parseAddressEntry(text: string): AddressEntry {
  const dash = text.indexOf('-');
  if (dash < 0) return parseCidrEntry(text);
  const start = side(text, 'start', text.slice(0, dash));
  if (typeof start === 'string') return fail('invalid-range', start);
  const end = side(text, 'end', text.slice(dash + 1));
  if (typeof end === 'string') return fail('invalid-range', end);
  if (start.family !== end.family) {
    return fail('mixed-family', `range ${q(text)} mixes IPv4 and IPv6 (MetalLB yields no addresses or rejects it); write one range per family`);
  }
  if (start.value > end.value) {
    return fail('reversed', `range ${q(text)} starts after it ends; write ${q(`${formatIP(end)}-${formatIP(start)}`)}`);
  }
  return { ok: true, kind: 'range', range: { family: start.family, start: start.value, end: end.value } };
}
