/**
 * IP addresses (Safe Harbor O). IPv4: four decimal octets 0-255 without leading zeros (RFC 791
 * dotted-quad as parsed by inet_pton, https://www.rfc-editor.org/rfc/rfc6943#section-3.1.1). IPv6: the
 * text forms of RFC 4291 §2.2 (https://www.rfc-editor.org/rfc/rfc4291#section-2.2): eight groups of
 * 1-4 hex digits, one "::" standing for one or more zero groups, an optional dotted IPv4 tail in place
 * of the last two groups, and an RFC 4007 "%zone" suffix. Parsed here because node:net is off limits
 * in the pure core.
 *
 * Version strings look like IPv4 ("App version 1.2.3.4", dev case C38): a letter glued to the front
 * ("v10.0.0.12") is refused by the pattern, and version, build, firmware or release words just before
 * take the score under the threshold.
 */
import { isAsciiDigit } from './chars';
import { defineDetector, type Candidate, type Validation, HAS_DIGIT } from './detector';

/**
 * Four octets of one to three ASCII digits, 0 to 255, without a leading zero, joined by dots. Read from
 * char codes: it runs for every dotted quad of every text, where a split and a regex per octet cost more
 * than the rest of the scoring.
 */
export function ipv4Valid(value: string): boolean {
  let octets = 0;
  let i = 0;
  for (;;) {
    const start = i;
    let octet = 0;
    while (i < value.length && i - start < 4 && isAsciiDigit(value.charCodeAt(i))) octet = octet * 10 + value.charCodeAt(i++) - 48;
    const length = i - start;
    if (length === 0 || length > 3 || (length > 1 && value.charCodeAt(start) === 48) || octet > 255) return false;
    octets += 1;
    if (i === value.length) return octets === 4;
    if (octets === 4 || value.charCodeAt(i) !== 46) return false;
    i += 1;
  }
}

/** RFC 1918 private, loopback (127/8) and link-local (169.254/16) prefixes. Documentation ranges are not here: a value in them is as real as any in a test. */
const PRIVATE_V4 = '(?:10|127)\\.|192\\.168\\.|172\\.(?:1[6-9]|2\\d|3[01])\\.|169\\.254\\.';
/** A dotted quad starts with two octets of one to three digits, each before a dot (PatternSpec.digitRun). */
const OCTET_RUN = { min: 1, max: 3, next: '.', then: { min: 1, max: 3, next: '.' } };
/** A private one's first octet is 10, 127, 172, 169 or 192 (PRIVATE_V4): far fewer runs to try. */
const PRIVATE_OCTET_RUN = { ...OCTET_RUN, min: 2, first: '1' };

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
/** The ':'-separated groups of one side of an IPv6 "::" (none when the side is empty). */
const groupsOf = (half: string): string[] => (half === '' ? [] : half.split(':'));

export function ipv6Valid(value: string): boolean {
  const percent = value.indexOf('%');
  const address = percent < 0 ? value : value.slice(0, percent);
  if (percent >= 0 && !/^[0-9A-Za-z._~-]{1,64}$/.test(value.slice(percent + 1))) return false;

  const halves = address.split('::');
  if (halves.length > 2) return false;
  const head = groupsOf(halves[0] as string);
  const tail = halves.length === 2 ? groupsOf(halves[1] as string) : [];
  const all = [...head, ...tail];

  // A dotted IPv4 tail counts as two groups and may only come last.
  let count = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!ipv4Valid(last)) return false;
    all.pop();
    count += 1;
  }
  if (!all.every((g) => HEX_GROUP.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export function ipValidity(value: string): Validation {
  if (value.includes(':')) {
    // "dead::beef" parses, but so does any pair of hex words around "::" in C++; a real address has a digit.
    return /\d/.test(value) && ipv6Valid(value) ? 'valid' : 'invalid';
  }
  return ipv4Valid(value) && !NETMASK.test(value) ? 'valid' : 'invalid';
}

/** A subnet mask ("255.255.255.0", "255.255.240.0"): leading ones, then zeros; no host's address. */
const NETMASK = /^255\.(?:255\.(?:255\.(?:255|254|252|248|240|224|192|128|0)|(?:254|252|248|240|224|192|128|0)\.0)|(?:254|252|248|240|224|192|128|0)\.0\.0)$/;

// IPv6 candidates start at most four hex digits before a ':' (the lookahead), after neither a letter,
// digit, ':' nor '.' (the lookbehind). So the regex is tried, sticky, only at the one place before each
// ':' where it can start, instead of at every position: it finds exactly what it finds as a /g regex.
const IPV6 = /(?<![\p{L}\p{N}:.])(?=[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:.]{1,44}[0-9A-Fa-f:](?:%[0-9A-Za-z._~-]{1,64})?(?![\p{L}\p{N}:]|\.\p{N})/uy;
const IPV6_GLUE = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9:.]/.test(String.fromCharCode(c)) ? 1 : 0));
const isHexDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export function findIpv6(text: string): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && colon - start <= 4 && isHexDigit(text.charCodeAt(start - 1))) start -= 1;
    // Five hex digits before the ':': every start in the run follows a hex digit, so none is bounded.
    if (colon - start > 4 || start < from) continue;
    // The lookbehind, answered without the regex for an ASCII character (most colons end a word: "Note:").
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    if (before < 128 && IPV6_GLUE[before] === 1) continue;
    IPV6.lastIndex = start;
    const m = IPV6.exec(text);
    if (!m) continue;
    from = start + m[0].length;
    out.push({ detector: 'ip-address', type: 'IP_ADDRESS', start, end: from, pattern: 'ipv6 (medium)', score: 0.5, needsContext: false });
  }
  return out;
}

export const ipAddress = defineDetector({
  id: 'ip-address',
  type: 'IP_ADDRESS',
  requires: HAS_DIGIT,
  description: 'IPv4 dotted quad (octets 0-255) and IPv6 text forms (RFC 4291 §2.2), parsed',
  patterns: [
    {
      name: 'ipv4-dotted-quad (medium)',
      regex: new RegExp(`(?<![\\p{L}\\p{N}._-])(?!${PRIVATE_V4})\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?![\\p{N}]|\\.\\p{N})`, 'gu'),
      score: 0.5,
      digitRun: OCTET_RUN,
    },
    // Private, loopback and link-local addresses name hosts inside a network (the database in a stack
    // trace), not a person on the internet: reported only with an IP word near them.
    {
      name: 'ipv4-private-range (weak)',
      // The lookahead first: V8 then tries the pattern only where a private prefix starts (twice as fast).
      regex: new RegExp(`(?=${PRIVATE_V4})(?<![\\p{L}\\p{N}._-])\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?![\\p{N}]|\\.\\p{N})`, 'gu'),
      score: 0.2,
      needsContext: true,
      digitRun: PRIVATE_OCTET_RUN,
    },
  ],
  find: findIpv6,
  context: ['ip', 'ip address', 'ipv4', 'ipv6', 'login from', 'logged in from', 'source ip', 'client ip', 'remote addr', 'remote address', 'address'],
  // Infrastructure is not a person: "NTP server 192.0.2.10", "DNS 8.8.8.8", "gateway 10.0.0.1".
  negativeContext: ['version', 'ver', 'v', 'firmware', 'fw', 'build', 'release', 'rev', 'revision', 'sdk', 'os', 'app version', 'oid',
    'ntp', 'dns', 'dhcp', 'gateway', 'server', 'resolver', 'proxy', 'router', 'firewall', 'subnet', 'vlan', 'load balancer', 'vip',
    'netmask', 'mask', 'section', 'sec', 'chapter', 'clause', 'step', 'rule', 'oid'],
  validate: ipValidity,
  examples: {
    match: ['login came from 203.0.113.57 (home)', 'client_ip = 198.51.100.20', 'patient login from ip 192.168.1.40', '2001:db8::8a2e:370:7334', 'fe80::1%eth0', '::ffff:192.0.2.128', '6e40:4041:c617:e898:c11:40d2:c669:2eb4'],
    ignore: ['App version 1.2.3.4', 'firmware v10.0.0.12', '256.1.1.1', '01.2.3.4', '1.2.3', '12:30:45', '00:1a:2b:3c:4d:5e', 'dead::beef', 'std::map', '1.2.3.4.5', '2001:db8::1::2', 'retried host=10.175.156.1:5432', 'connect to 127.0.0.1'],
  },
});
