// Which network addresses the service may connect to (SPEC §6), classified by ipaddr.js against
// the IANA special-purpose address registries rather than by hand-written prefixes. Only global
// unicast is accepted. Ranges that embed an IPv4 address in an IPv6 one (IPv4-mapped and
// -compatible, SIIT, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4, Teredo) are refused whole: they
// can reach any IPv4 host, loopback included, and no forge publishes such addresses.
// The documentation ranges (TEST-NET-1/2/3, 2001:db8::/32) are accepted: nothing routes them, so
// they cannot reach an internal service, and tests use them as stand-ins for public hosts.
import ipaddr from 'ipaddr.js';

const DOCUMENTATION: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [
  ipaddr.parseCIDR('192.0.2.0/24'),
  ipaddr.parseCIDR('198.51.100.0/24'),
  ipaddr.parseCIDR('203.0.113.0/24'),
  ipaddr.parseCIDR('2001:db8::/32'),
];

// Special-purpose ranges ipaddr.js reads as unicast. IPv4-compatible addresses (::a.b.c.d, RFC 4291
// §2.5.5.1, deprecated) are written ::7f00:1 as often as ::127.0.0.1.
const MISSED: [ipaddr.IPv4 | ipaddr.IPv6, number, string][] = [
  [...ipaddr.parseCIDR('::/96'), 'ipv4Compatible'],
];

/**
 * The ipaddr.js range name of `address` ('unicast' for a global address, else e.g. 'loopback',
 * 'private', 'ipv4Mapped', 'rfc6052', 'teredo', 'reserved'), 'documentation' for the documentation
 * ranges, or null when `address` is no IP address.
 */
export function addressRange(address: string): string | null {
  const text = address.replace(/^\[|\]$/g, '');
  // Zone ids (fe80::1%eth0) are link-local by definition.
  if (text.includes('%')) return ipaddr.isValid(text.split('%')[0]) ? 'linkLocal' : null;
  if (!ipaddr.isValid(text)) return null;
  // Only the four-part dotted form is IPv4; ipaddr.js would also read "127.1" or "0x7f.1".
  if (!text.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(text)) return null;
  const parsed = ipaddr.parse(text);
  for (const [net, bits] of DOCUMENTATION)
    if (parsed.kind() === net.kind() && parsed.match(net, bits)) return 'documentation';
  const range = parsed.range();
  if (range !== 'unicast') return range;
  for (const [net, bits, name] of MISSED)
    if (parsed.kind() === net.kind() && parsed.match(net, bits)) return name;
  return range;
}

/** True for every IP address that is not global unicast (or documentation); false for host names. */
export function isPrivateAddress(address: string): boolean {
  const range = addressRange(address);
  return range !== null && range !== 'unicast' && range !== 'documentation';
}
