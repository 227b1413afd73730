/**
 * Overlap resolution (core/score/overlap.ts): one span, one type; an ADDRESS gives back the identifiers
 * at its end (a ZIP, a phone on the next line) and keeps the rest; EMAIL and URL stay containers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FINDING_TYPES, type FindingType } from '../../../src/core/finding-types';
import { scanText } from '../../../src/core/scan';
import { resolveOverlaps, type Span } from '../../../src/core/score/overlap';

const spans = (text: string): Array<[FindingType, string]> =>
  scanText(text).map((f) => [f.type, f.text]);

describe('overlap: identifiers at the end of an address are split off', () => {
  const rows: ReadonlyArray<{ text: string; want: Array<[FindingType, string]>; why: string }> = [
    {
      text: 'Correct address: 1864 Lakeview Boulevard, Suite 4B, Oak Park, IL 60302.',
      want: [['ADDRESS', '1864 Lakeview Boulevard, Suite 4B, Oak Park, IL'], ['ZIP', '60302']],
      why: 'the ZIP ends the address: both are kept, the address stops before it (it used to swallow the ZIP)',
    },
    {
      text: 'Address: 4417 N Oak Avenue\nMadison, WI 53703\nUSA',
      want: [['ADDRESS', '4417 N Oak Avenue\nMadison, WI'], ['ZIP', '53703']],
      why: 'only a country word follows the ZIP',
    },
    {
      text: 'Address: 4417 N Oak Avenue\nMadison, WI 53703\n608-555-0142',
      want: [['ADDRESS', '4417 N Oak Avenue\nMadison, WI'], ['ZIP', '53703'], ['PHONE', '608-555-0142']],
      why: 'a phone the address ran on into is split off, then the ZIP before it',
    },
  ];
  for (const row of rows) it(`${row.why}: ${JSON.stringify(row.text)}`, () => assert.deepEqual(spans(row.text), row.want));
});

describe('overlap: strategy on bare spans', () => {
  const span = (type: FindingType, start: number, end: number, score = 0.6): Span => ({ type, start, end, score });

  it('keeps an address whole when the identifier inside it is followed by more street words', () => {
    const text = '12345 Main Street Springfield';
    const kept = resolveOverlaps([span('ADDRESS', 0, text.length), span('ZIP', 0, 5)], text);
    assert.deepEqual(kept, [span('ADDRESS', 0, text.length)]);
  });

  it('lets an e-mail address contain what looks like a URL or a name', () => {
    const kept = resolveOverlaps([span('URL', 4, 15), span('EMAIL', 0, 15), span('NAME', 0, 3)], 'ann@example.org');
    assert.deepEqual(kept, [span('EMAIL', 0, 15)]);
  });

  it('picks the more specific type for the same span', () => {
    const kept = resolveOverlaps([span('PHONE', 0, 10, 0.9), span('ZIP', 0, 10, 0.9), span('SSN', 0, 10, 0.6)]);
    assert.deepEqual(kept, [span('SSN', 0, 10, 0.6)]);
  });
});

describe('overlap: each address is trimmed against the identifiers inside it only', () => {
  // Step 0 used to compare every address with every identifier of the text (22 s on 1 MB of address
  // blocks; the speed is checked by `npm run bench`'s adversarial "address blocks"). These pin the
  // result on many blocks: every block keeps its own split, none borrows another block's identifier.
  it('splits the ZIP and phone off each of 2,000 address blocks', () => {
    const block = 'Patient lives at 4417 Oak Street, Springfield, IL 62704, phone (217) 555-0142.\n';
    const found = spans(block.repeat(2_000));
    const one: Array<[FindingType, string]> = [
      ['ADDRESS', '4417 Oak Street, Springfield, IL'], ['ZIP', '62704'], ['PHONE', '(217) 555-0142'],
    ];
    assert.equal(found.length, 6_000);
    assert.deepEqual(found.slice(0, 3), one);
    assert.deepEqual(found.slice(-3), one);
    assert.deepEqual(new Set(found.map((f) => JSON.stringify(f))), new Set(one.map((f) => JSON.stringify(f))));
  });

  it('ignores identifiers that start before the address or after its end', () => {
    const text = 'ZIP 60302 then 1864 Lakeview Boulevard, Oak Park, IL and later 62704';
    const address = { type: 'ADDRESS' as const, start: 15, end: 52, score: 0.9 };
    const zipBefore = { type: 'ZIP' as const, start: 4, end: 9, score: 0.9 };
    const zipAfter = { type: 'ZIP' as const, start: 63, end: 68, score: 0.9 };
    assert.deepEqual(resolveOverlaps([address, zipBefore, zipAfter], text), [zipBefore, address, zipAfter]);
  });
});

describe('overlap: a few spans are compared pairwise, many through an occupancy map', () => {
  it('both ways keep the same spans', () => {
    const spanArb = fc.record({
      type: fc.constantFrom(...FINDING_TYPES), start: fc.nat({ max: 60 }), length: fc.nat({ max: 12 }),
      score: fc.integer({ min: 0, max: 10 }).map((s) => s / 10),
    }).map(({ type, start, length, score }): Span => ({ type, start, end: start + length, score }));
    // Far to the right of every span, overlapping nothing: they only push the count over the pairwise limit.
    const padding: Span[] = Array.from({ length: 40 }, (_, i) => ({ type: 'SSN', start: 1000 + 20 * i, end: 1010 + 20 * i, score: 1 }));
    fc.assert(fc.property(fc.array(spanArb, { maxLength: 30 }), (few) => {
      const many = resolveOverlaps([...few, ...padding]).filter((s) => !padding.includes(s));
      assert.deepEqual(resolveOverlaps(few), many);
    }), { numRuns: 2000 });
  });
});
