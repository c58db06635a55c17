import { addressRange, isPrivateAddress } from './address-policy';

// One or more addresses from each entry of the IANA IPv4 and IPv6 special-purpose address
// registries, plus the addresses issue 11 found accepted.
const REFUSED: [string, string][] = [
  ['0.0.0.0', '"this network" 0.0.0.0/8'],
  ['0.1.2.3', '"this network" 0.0.0.0/8'],
  ['10.0.0.1', 'private 10/8'],
  ['100.64.0.1', 'shared address space 100.64/10'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['169.254.169.254', 'link-local (cloud metadata)'],
  ['172.16.0.1', 'private 172.16/12'],
  ['192.0.0.8', 'IETF protocol assignments 192.0.0.0/24'],
  ['192.0.0.170', 'NAT64 discovery 192.0.0.170'],
  ['192.88.99.1', '6to4 relay anycast'],
  ['192.168.1.1', 'private 192.168/16'],
  ['198.18.0.1', 'benchmarking 198.18/15'],
  ['198.19.255.255', 'benchmarking 198.18/15'],
  ['224.0.0.1', 'multicast'],
  ['240.0.0.1', 'reserved 240/4'],
  ['255.255.255.255', 'limited broadcast'],
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['::127.0.0.1', 'IPv4-compatible'],
  ['::7f00:1', 'IPv4-compatible, hex form'],
  ['::8.8.8.8', 'IPv4-compatible (even of a public address)'],
  ['::ffff:127.0.0.1', 'IPv4-mapped'],
  ['::ffff:8.8.8.8', 'IPv4-mapped (even of a public address)'],
  ['::ffff:0:7f00:1', 'SIIT ::ffff:0:0/96'],
  ['64:ff9b::7f00:1', 'NAT64 64:ff9b::/96'],
  ['64:ff9b:1::1', 'local-use NAT64 64:ff9b:1::/48'],
  ['100::1', 'discard-only 100::/64'],
  ['2001::1', 'Teredo 2001::/32'],
  ['2001:2::1', 'benchmarking 2001:2::/48'],
  ['2001:10::1', 'ORCHID'],
  ['2001:20::1', 'ORCHIDv2'],
  ['2002:7f00:1::1', '6to4 2002::/16'],
  ['fc00::1', 'unique local fc00::/7'],
  ['fd12:3456::1', 'unique local fc00::/7'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local with a zone'],
  ['fec0::1', 'site-local fec0::/10'],
  ['ff02::1', 'multicast'],
];

const ACCEPTED: [string, string][] = [
  ['8.8.8.8', 'global unicast'],
  ['140.82.112.3', 'global unicast'],
  ['203.0.113.7', 'documentation (routes nowhere)'],
  ['2606:4700:4700::1111', 'global unicast'],
  ['2001:4860:4860::8888', 'global unicast'],
  ['2001:db8::1', 'documentation'],
];

describe('isPrivateAddress', () => {
  it.each(REFUSED)('refuses %s (%s)', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(ACCEPTED)('accepts %s (%s)', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('reads host names and non-canonical IPv4 forms as no address (they are resolved instead)', () => {
    for (const name of ['example.com', '127.1', '0x7f.0.0.1', '2130706433', ''])
      expect(addressRange(name)).toBeNull();
  });
});
