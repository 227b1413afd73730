import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ipv4Valid, ipv6Valid } from '../../../src/core/detectors/ip-address';
import { runTable } from './table';

describe('ip-address', () => {
  runTable('IP_ADDRESS', [
    {
      text: 'Patient portal login came from 203.0.113.57 (home). App version 1.2.3.4; firmware v10.0.0.12.',
      spans: [['IP_ADDRESS', '203.0.113.57']],
      why: 'dev case C38: versions are not addresses',
      minScore: 0.8,
    },
    { text: 'WHERE client_ip = ?%//!%20\\|106.31.73.20|%20/', spans: [['IP_ADDRESS', '106.31.73.20']], why: 'between pipes in a log' },
    // Found trying the product: the first address's "IP" outweighed the second value's own "build".
    {
      text: 'Patient laptop IP 203.0.113.45 logged in portal; build 1.2.3.4 deployed.',
      spans: [['IP_ADDRESS', '203.0.113.45']],
      why: 'a negative word nearer than the positive one wins',
    },
    { text: 'build server IP 203.0.113.9 rebooted', spans: [['IP_ADDRESS', '203.0.113.9']], why: 'a positive word nearer than the negative one wins' },
    { text: 'netmask 255.255.255.0; see section 4.2.1.3; mask 255.255.240.0', spans: [], why: 'a subnet mask and a section number (held-out-style cases)' },
    { text: 'NTP server 192.0.2.10; DNS 8.8.8.8; gateway 203.0.113.1', spans: [], why: 'infrastructure is no person (second fresh-eyes hunt)' },
    { text: 'address 2001:db8::8a2e:370:7334 blocked', spans: [['IP_ADDRESS', '2001:db8::8a2e:370:7334']], why: 'IPv6 with ::' },
    { text: 'fe80::1%eth0', spans: [['IP_ADDRESS', 'fe80::1%eth0']], why: 'link-local with zone' },
    { text: 'mapped ::ffff:192.0.2.128.', spans: [['IP_ADDRESS', '::ffff:192.0.2.128']], why: 'IPv4 tail, sentence dot excluded' },
    { text: '6e40:4041:c617:e898:c11:40d2:c669:2eb4', spans: [['IP_ADDRESS', '6e40:4041:c617:e898:c11:40d2:c669:2eb4']], why: 'eight groups' },
    { text: 'build 4.18.2', spans: [], why: 'dev case C15: three parts' },
    { text: '256.1.1.1 and 01.2.3.4', spans: [], why: 'octet over 255, leading zero' },
    { text: '1.2.3.4.5', spans: [], why: 'five parts' },
    { text: 'at 12:30:45', spans: [], why: 'a time' },
    { text: 'mac 00:1a:2b:3c:4d:5e', spans: [], why: 'a MAC address is six groups without ::' },
    { text: 'std::map and dead::beef', spans: [], why: 'C++ scopes, no digit' },
  ]);

  it('parses IPv4 and IPv6 per RFC 4291', () => {
    assert.equal(ipv4Valid('0.0.0.0'), true);
    assert.equal(ipv4Valid('255.255.255.255'), true);
    assert.equal(ipv4Valid('1.2.3.04'), false);
    assert.equal(ipv6Valid('::'), true);
    assert.equal(ipv6Valid('1:2:3:4:5:6:7:8'), true);
    assert.equal(ipv6Valid('1:2:3:4:5:6:7::'), true);
    assert.equal(ipv6Valid('1:2:3:4:5:6:7:8:9'), false);
    assert.equal(ipv6Valid('1::2::3'), false);
    assert.equal(ipv6Valid('1:2:3:4:5:6:1.2.3.4'), true);
    assert.equal(ipv6Valid('1:2:3:4:5:6:7:1.2.3.4'), false);
    assert.equal(ipv6Valid('12345::1'), false);
    assert.equal(ipv6Valid('1.2.3.4::1'), false);
  });
});

describe('ipv4Valid reads char codes', () => {
  // The definition it replaced: split at dots, each part an octet.
  const bySplit = (value: string): boolean => {
    const parts = value.split('.');
    return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
  };
  it('accepts what the split-and-regex definition accepts', () => {
    const pieceArb = fc.constantFrom('0', '1', '9', '25', '255', '256', '01', '00', '1000', '', '.', '..', 'a', '٣', '-1', ' ');
    fc.assert(fc.property(fc.array(pieceArb, { maxLength: 9 }).map((a) => a.join('')), (value) => {
      assert.equal(ipv4Valid(value), bySplit(value), value);
    }), { numRuns: 20000 });
    for (const value of ['1.2.3.4', '1.2.3.4.', '.1.2.3', '1.2.3', '1.2.3.4.5', '255.255.255.256', '0.0.0.0', '1.2.3.0004', '']) {
      assert.equal(ipv4Valid(value), bySplit(value), value);
    }
  });
});
