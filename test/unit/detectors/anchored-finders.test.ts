/**
 * The finders that replace a regex tried at every position (for speed) must find exactly what that
 * regex finds with /g: the same spans, in the same order. Property tests over texts built from the
 * pieces each regex cares about (fast-check); the regexes here are the ones the finders replaced.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Candidate } from '../../../src/core/detectors/detector';
import { findEmails } from '../../../src/core/detectors/email';
import { findIpv6 } from '../../../src/core/detectors/ip-address';
import { AT_LINE_START, findPostcodesAtLineStart } from '../../../src/core/detectors/postcode';
import { findVins } from '../../../src/core/detectors/vin';

/** Spans of every non-empty match (or of its group 1), as the scan's exec loop collects them. */
function regexSpans(re: RegExp, text: string, group?: number): string[] {
  const spans: string[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    const at = group === undefined ? [m.index, m.index + m[0].length] : m.indices?.[group];
    if (at) spans.push(`${at[0]}-${at[1]}`);
  }
  return spans;
}
const finderSpans = (found: readonly Candidate[]): string[] => found.map((c) => `${c.start}-${c.end}`);
const textOf = (pieces: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

const cases: ReadonlyArray<{ name: string; re: RegExp; group?: number; find: (t: string) => Candidate[]; pieces: string[] }> = [
  {
    name: 'findEmails',
    re: /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+'-][\p{L}\p{N}._%+'-]{0,63}@[\p{L}\p{N}][\p{L}\p{N}.-]{0,251}\.\p{L}{2,24}(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/gu,
    find: findEmails,
    pieces: ['a', 'b', 'co', 'm', '.', '@', '%', ' ', 'é', '𝐀', '-', '_', '1', "'", '+', ',', 'a'.repeat(70)],
  },
  {
    name: 'findVins',
    re: /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9a-hj-npr-z]{17}(?![A-Za-z0-9])/g,
    find: findVins,
    pieces: ['A', 'B', '1', '9', 'I', 'O', 'x', 'i', 'q', ' ', '-', '𝐀', '1FTFW1ET9DFC1031', 'WVWZZZ1JZ3W38675', '1ftfw1et9dfc1031'],
  },
  {
    name: 'findIpv6',
    re: /(?<![\p{L}\p{N}:.])(?=[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:.]{1,44}[0-9A-Fa-f:](?:%[0-9A-Za-z._~-]{1,64})?(?![\p{L}\p{N}:]|\.\p{N})/gu,
    find: findIpv6,
    pieces: ['a', 'f', 'F', '0', '9', ':', '::', '.', ' ', 'g', '%', 'eth0', 'é', '12345', 'db8', '-'],
  },
  {
    name: 'findPostcodesAtLineStart',
    // The finder's own sticky regex, run as /g from every position.
    re: new RegExp(AT_LINE_START.source, 'dgmu'),
    group: 1,
    find: findPostcodesAtLineStart,
    pieces: ['Aalborg', ' NO', ' ', '\n', '\r', ', ', '9100', '12345', 'Tujetsch', 'nan', 'x', 'Aarhus C', '2019', 'files', '\u2028', '\t', 'de ', 'Room'],
  },
];

describe('anchored finders find what their regexes find', () => {
  for (const c of cases) {
    it(c.name, () => {
      fc.assert(fc.property(textOf(c.pieces), (text) => {
        assert.deepEqual(finderSpans(c.find(text)), regexSpans(c.re, text, c.group));
      }), { numRuns: 3000 });
    });
  }
});
