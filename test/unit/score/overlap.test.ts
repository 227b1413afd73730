/**
 * Overlap resolution (core/score/overlap.ts): one span, one type; EMAIL, URL, ADDRESS and the parts of
 * an address block are containers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FINDING_TYPES, type FindingType } from '../../../src/core/finding-types';
import { scanText } from '../../../src/core/scan';
import { resolveOverlaps, type Span } from '../../../src/core/score/overlap';

const spans = (text: string): Array<[FindingType, string]> =>
  scanText(text).map((f) => [f.type, f.text]);

describe('overlap: an address block is reported part by part', () => {
  const rows: ReadonlyArray<{ text: string; want: Array<[FindingType, string]>; why: string }> = [
    {
      text: 'Correct address: 1864 Lakeview Boulevard, Suite 4B, Oak Park, IL 60302.',
      want: [['ADDRESS', '1864 Lakeview Boulevard, Suite 4B'], ['LOCATION', 'Oak Park'], ['ZIP', '60302']],
      why: 'street and unit, city, ZIP; the state stays',
    },
    {
      text: 'Address: 4417 N Oak Avenue\nMadison, WI 53703\n608-555-0142',
      want: [['ADDRESS', '4417 N Oak Avenue'], ['LOCATION', 'Madison'], ['ZIP', '53703'], ['PHONE', '608-555-0142']],
      why: 'a phone line under the block is a phone',
    },
    {
      text: '1427 Larkspur Ave\nLos Angeles\nCA 90001',
      want: [['ADDRESS', '1427 Larkspur Ave'], ['LOCATION', 'Los Angeles'], ['ZIP', '90001']],
      why: 'the city under a street is a LOCATION even where the name detector reads a name',
    },
    {
      text: 'Hello I moved, please update my new address is PSC 6293, Box 8158\nAPO AP 04336',
      want: [['ADDRESS', 'PSC 6293, Box 8158'], ['ZIP', '04336']],
      why: 'a box number inside the street is no ZIP (the old trimming cut it off as one)',
    },
  ];
  for (const row of rows) it(`${row.why}: ${JSON.stringify(row.text)}`, () => assert.deepEqual(spans(row.text), row.want));
});

describe('overlap: strategy on bare spans', () => {
  const span = (type: FindingType, start: number, end: number, score = 0.6): Span => ({ type, start, end, score });

  it('keeps an address whole over an identifier inside it', () => {
    const kept = resolveOverlaps([span('ADDRESS', 0, 17), span('ZIP', 0, 5)]);
    assert.deepEqual(kept, [span('ADDRESS', 0, 17)]);
  });

  it('keeps the address detector\'s city part over a name on the same words', () => {
    const city = { ...span('LOCATION', 18, 29), detector: 'address' };
    const kept = resolveOverlaps([span('NAME', 18, 29, 0.9), city, span('ADDRESS', 0, 17)]);
    assert.deepEqual(kept, [span('ADDRESS', 0, 17), city]);
  });

  it('lets an e-mail address contain what looks like a URL or a name', () => {
    const kept = resolveOverlaps([span('URL', 4, 15), span('EMAIL', 0, 15), span('NAME', 0, 3)]);
    assert.deepEqual(kept, [span('EMAIL', 0, 15)]);
  });

  it('picks the more specific type for the same span', () => {
    const kept = resolveOverlaps([span('PHONE', 0, 10, 0.9), span('ZIP', 0, 10, 0.9), span('SSN', 0, 10, 0.6)]);
    assert.deepEqual(kept, [span('SSN', 0, 10, 0.6)]);
  });
});

describe('overlap: many address blocks', () => {
  // Every block keeps its own parts, none borrows another block's; the speed on such pages is checked
  // by `npm run bench`'s adversarial "address blocks".
  it('reports the street, city, ZIP and phone of each of 2,000 address blocks', () => {
    const block = 'Patient lives at 4417 Oak Street, Springfield, IL 62704, phone (217) 555-0142.\n';
    const found = spans(block.repeat(2_000));
    const one: Array<[FindingType, string]> = [
      ['ADDRESS', '4417 Oak Street'], ['LOCATION', 'Springfield'], ['ZIP', '62704'], ['PHONE', '(217) 555-0142'],
    ];
    assert.equal(found.length, 8_000);
    assert.deepEqual(found.slice(0, 4), one);
    assert.deepEqual(found.slice(-4), one);
    assert.deepEqual(new Set(found.map((f) => JSON.stringify(f))), new Set(one.map((f) => JSON.stringify(f))));
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
