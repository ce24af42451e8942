import { describe, expect, it } from 'vitest';
import { parseAddressEntry } from '../../src/metallb/net/address-entry.js';
import { formatRange } from '../../src/metallb/net/ip-range.js';

describe('parseAddressEntry: accepted', () => {
  it.each([
    ['192.168.10.0/24', 'cidr', '192.168.10.0-192.168.10.255'],
    ['192.168.10.0-192.168.10.255', 'range', '192.168.10.0-192.168.10.255'],
    ['192.168.10.10 - 192.168.10.20', 'range', '192.168.10.10-192.168.10.20'],
    ['  192.168.10.10-192.168.10.20  ', 'range', '192.168.10.10-192.168.10.20'],
    ['10.0.0.5-10.0.0.5', 'range', '10.0.0.5-10.0.0.5'],
    ['fc00:f853:0ccd:e799::-fc00:f853:0ccd:e799::ff', 'range', 'fc00:f853:ccd:e799::-fc00:f853:ccd:e799::ff'],
    ['fd00::/120', 'cidr', 'fd00::-fd00::ff'],
  ])('%j is a %s covering %s', (text, kind, range) => {
    const e = parseAddressEntry(text);
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(e.kind).toBe(kind);
    expect(formatRange(e.range)).toBe(range);
  });

  it('flags host bits on a CIDR', () => {
    const e = parseAddressEntry('10.20.30.40/24');
    expect(e.ok && e.kind === 'cidr' && e.hostBits).toBe(true);
  });
});

describe('parseAddressEntry: rejected (MetalLB config_test cases and more)', () => {
  it.each([
    ['1.2.3.4', 'bare-ip', '`1.2.3.4/32`'],
    ['fd00::1', 'bare-ip', '`fd00::1/128`'],
    [' 10.0.0.0/24', 'whitespace', 'write `10.0.0.0/24`'],
    ['10.0.0.0/24 ', 'whitespace', 'write `10.0.0.0/24`'],
    ['10.0.0.1 ', 'whitespace', 'write `10.0.0.1/32`'],
    ['10.0.0.0/33', 'invalid-cidr', 'from 0 to 32'],
    ['fd00::/200', 'invalid-cidr', 'from 0 to 128'],
    ['300.0.0.0/8', 'invalid-cidr', '`300.0.0.0` is not an IP'],
    ['foo', 'invalid-cidr', 'neither a CIDR'],
    ['', 'invalid-cidr', 'neither a CIDR'],
    ['1.2.3.10-1.2.3.1', 'reversed', 'write `1.2.3.1-1.2.3.10`'],
    ['fd00::ff-fd00::1', 'reversed', 'write `fd00::1-fd00::ff`'],
    ['1.2.3.4-fd00::1', 'mixed-family', 'one range per family'],
    ['fd00::1-1.2.3.4', 'mixed-family', 'one range per family'],
    ['1.2.3.4-', 'invalid-range', 'invalid end'],
    ['-1.2.3.4', 'invalid-range', 'invalid start'],
    ['1.2.3.0/24-1.2.4.0/24', 'invalid-range', 'not CIDRs'],
    ['1.2.3.4-1.2.3.5-1.2.3.6', 'invalid-range', 'invalid end'],
  ])('%j → %s', (text, problem, hint) => {
    const e = parseAddressEntry(text);
    expect(e.ok).toBe(false);
    if (e.ok) return;
    expect(e.problem).toBe(problem);
    expect(e.message).toContain(hint);
  });
});
