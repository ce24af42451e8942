import { describe, expect, it } from 'vitest';
import { formatPrefix, parseCIDR, prefixRange } from '../../src/metallb/net/cidr.js';
import { formatRange } from '../../src/metallb/net/ip-range.js';

describe('parseCIDR', () => {
  it.each([
    ['10.0.0.0/24', '10.0.0.0/24', false, '10.0.0.0-10.0.0.255'],
    ['10.20.30.40/24', '10.20.30.0/24', true, '10.20.30.0-10.20.30.255'],
    ['10.0.0.1/32', '10.0.0.1/32', false, '10.0.0.1-10.0.0.1'],
    ['0.0.0.0/0', '0.0.0.0/0', false, '0.0.0.0-255.255.255.255'],
    ['10.0.0.0/024', '10.0.0.0/24', false, '10.0.0.0-10.0.0.255'],
    ['fd00::1/64', 'fd00::/64', true, 'fd00::-fd00::ffff:ffff:ffff:ffff'],
    ['2001:db8::/128', '2001:db8::/128', false, '2001:db8::-2001:db8::'],
  ])('%s → %s (host bits %s)', (text, prefix, hostBits, range) => {
    const c = parseCIDR(text);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(formatPrefix(c.prefix)).toBe(prefix);
    expect(c.hostBits).toBe(hostBits);
    expect(formatRange(prefixRange(c.prefix))).toBe(range);
  });

  it.each([
    ['10.0.0.1', 'no-slash'],
    ['10.0.0.0/33', 'bad-length'],
    ['fd00::/129', 'bad-length'],
    ['10.0.0.0/', 'bad-length'],
    ['10.0.0.0/-1', 'bad-length'],
    ['10.0.0.0/ 24', 'bad-length'],
    ['10.0.0.0/24 ', 'bad-length'],
    [' 10.0.0.0/24', 'bad-ip'],
    ['10.0.0/24', 'bad-ip'],
    ['fe80::1%eth0/64', 'bad-ip'],
  ])('rejects %j (%s)', (text, reason) => {
    const c = parseCIDR(text);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason).toBe(reason);
  });
});
