/**
 * matchesNear (core/detectors/prefilter.ts) runs a regex only through the stretches of text near
 * context words, for patterns that need context. It must return exactly the matches of a plain exec
 * loop (matchesOf) that reach a context word as the context gate tests it: some cue start c with
 * start - before <= c < end + after.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { phone } from '../../src/core/detectors/phone';
import { matchesNear, matchesOf } from '../../src/core/detectors/prefilter';
import { anyStartIn } from '../../src/core/detectors/text-index';

const spans = (matches: readonly RegExpExecArray[]): string[] => matches.map((m) => `${m.index}-${m.index + m[0].length}`);

function assertAgrees(re: RegExp, spanChars: RegExp, text: string, cueStarts: readonly number[], before: number, after: number): void {
  const near = matchesOf(re, text).filter((m) => anyStartIn(cueStarts, m.index - before, m.index + m[0].length + after));
  assert.deepEqual(spans(matchesNear(re, text, spanChars, cueStarts, before, after)), spans(near),
    `${JSON.stringify(text)} cues ${JSON.stringify(cueStarts)} reach ${before}/${after}`);
}

/** Text from pieces that make digit groups run into each other, stop, or open at a parenthesis. */
const textArb = fc.array(fc.constantFrom(
  '1', '23', '4567', '(', ')', ' ', '.', '-', 'x', 'ext', 'ext.', 'extension', 'e', 'Ext', 'call', ',', '\n', 'a', '/', '+', '00',
  '𝟏', '𝐀', 'ſ', '555-0100', '(312) 555-0142', '0490 75 40 81', ' '.repeat(30), '7'.repeat(12),
), { maxLength: 40 }).map((parts) => parts.join(''));

/** Ascending cue starts inside the text (duplicates removed), and a reach like the gate's. */
const caseArb = textArb.chain((text) => fc.record({
  text: fc.constant(text),
  cueStarts: fc.uniqueArray(fc.nat({ max: Math.max(0, text.length - 1) }), { maxLength: 6 }).map((a) => a.sort((x, y) => x - y)),
  before: fc.nat({ max: 60 }),
  after: fc.nat({ max: 30 }),
}));

const GROUPS = phone.patterns.find((p) => p.spanChars);

describe('matchesNear finds what an exec loop finds near context words', () => {
  it('the phone digit-group pattern, on generated texts and cue starts', () => {
    assert.ok(GROUPS?.spanChars);
    fc.assert(fc.property(caseArb, ({ text, cueStarts, before, after }) => {
      assertAgrees(GROUPS.regex, GROUPS.spanChars as RegExp, text, cueStarts, before, after);
    }), { numRuns: 5000 });
  });

  it('a regex whose matches chain into each other, and one with empty matches', () => {
    fc.assert(fc.property(caseArb, ({ text, cueStarts, before, after }) => {
      assertAgrees(/\d+(?:[.-]\d+)*|\(\d*\)/g, /[\d.()-]/, text, cueStarts, before, after);
      assertAgrees(/\d*/g, /\d/, text, cueStarts, before, after);
    }), { numRuns: 3000 });
  });

  it('enters a stretch where a match may begin before it, and skips matches far from any cue', () => {
    const text = '1.2 3.4 5.6 7.8 and (312) 555 0142 call';
    const re = GROUPS?.regex ?? /$^/g;
    assert.deepEqual(spans(matchesOf(re, text)), ['0-11', '20-34']);
    // The cue's reach (10 before "call" at 35) starts at 25, inside the number, which begins at 20.
    assert.deepEqual(spans(matchesNear(re, text, GROUPS?.spanChars ?? /$^/, [35], 0, 10)), ['20-34']);
  });
});
