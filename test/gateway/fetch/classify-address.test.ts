import t from 'tap';
import { classifyAddress, isIpLiteral } from '../../../gateway/fetch/classify-address.ts';

t.test('public IPv4 and IPv6 unicast addresses are allowed', async (t) => {
  for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450::1']) {
    t.equal(classifyAddress(a).allowed, true, a);
  }
});

t.test('non-public IPv4 ranges are refused, each with its range name', async (t) => {
  const cases: Array<[string, string]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['169.254.169.254', 'linkLocal'], // cloud metadata service
    ['169.254.0.1', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.251', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.7', 'reserved'],
    ['198.18.0.1', 'reserved'],
  ];
  for (const [address, range] of cases) {
    t.match(classifyAddress(address), { allowed: false, range }, address);
  }
});

t.test('non-public IPv6 ranges are refused', async (t) => {
  const cases: Array<[string, string]> = [
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['febf::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['4000::1', 'unallocated'],
  ];
  for (const [address, range] of cases) {
    t.match(classifyAddress(address), { allowed: false, range }, address);
  }
});

t.test('IPv6 forms that embed an IPv4 address are judged by that IPv4 address', async (t) => {
  t.match(classifyAddress('::ffff:127.0.0.1'), { allowed: false, range: 'ipv4Mapped:loopback', address: '127.0.0.1' });
  t.match(classifyAddress('::ffff:7f00:1'), { allowed: false, address: '127.0.0.1' }, 'hex spelling');
  t.match(classifyAddress('::ffff:169.254.169.254'), { allowed: false, range: 'ipv4Mapped:linkLocal' });
  t.match(classifyAddress('::ffff:10.0.0.1'), { allowed: false, range: 'ipv4Mapped:private' });
  t.match(classifyAddress('64:ff9b::10.0.0.1'), { allowed: false, range: 'rfc6052:private' }, 'NAT64');
  t.match(classifyAddress('2002:7f00:1::'), { allowed: false, range: '6to4:loopback' }, '6to4');
  t.match(classifyAddress('::ffff:8.8.8.8'), { allowed: true, address: '8.8.8.8' }, 'mapped public is public');
  t.match(classifyAddress('2002:808:808::1'), { allowed: true }, '6to4 of a public address');
});

t.test('bracketed literals are accepted, garbage is refused', async (t) => {
  t.match(classifyAddress('[::1]'), { allowed: false, range: 'loopback' });
  t.match(classifyAddress('not-an-ip'), { allowed: false, range: 'invalid' });
  t.match(classifyAddress('127.1'), { allowed: false, range: 'invalid' }, 'short forms are not addresses here');
  t.match(classifyAddress(''), { allowed: false, range: 'invalid' });
});

t.test('isIpLiteral tells literals from host names', async (t) => {
  t.equal(isIpLiteral('127.0.0.1'), true);
  t.equal(isIpLiteral('[::1]'), true);
  t.equal(isIpLiteral('::ffff:127.0.0.1'), true);
  t.equal(isIpLiteral('localhost'), false);
  t.equal(isIpLiteral('example.com'), false);
});
