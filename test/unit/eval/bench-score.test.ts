/**
 * The bench's scoring: recovering removed spans from a peer's redacted output, and recall/precision
 * of a redaction against labels, on hand-made examples.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removedSpans, scoreRedaction } from '../../../bench/score';

const M = '\uE000';

describe('removedSpans', () => {
  const original = 'Hi Ann Lee, call 312-555-0142 now';
  const cases: Array<[string, string, Array<[number, number]>]> = [
    ['nothing removed', original, []],
    ['one removal in the middle', `Hi Ann Lee, call ${M} now`, [[17, 29]]],
    ['at both ends', `${M}, call 312-555-0142${M}`, [[0, 10], [29, 33]]],
    ['adjacent markers merge', `Hi Ann Lee, call ${M}${M} now`, [[17, 29]]],
    ['everything', M, [[0, 33]]],
  ];
  for (const [label, redacted, expected] of cases) {
    it(label, () => {
      assert.deepEqual(removedSpans(original, redacted, M).map((r) => [r.start, r.end]), expected);
    });
  }

  it('rejects output that is not the original with markers', () => {
    assert.throws(() => removedSpans(original, `Hello ${M}`, M));
  });
});

describe('scoreRedaction', () => {
  // "Pt Ann Lee (312) 555-0142 build 4.18.2"
  //  0123456789012345678901234567890123456789
  const text = 'Pt Ann Lee (312) 555-0142 build 4.18.2';
  const labels = [{ type: 'NAME', start: 3, end: 10 }, { type: 'PHONE', start: 11, end: 25 }];

  it('finds a label only when all its letters and digits are gone', () => {
    const s = scoreRedaction(text, labels, [{ start: 3, end: 6 }, { start: 12, end: 25 }, { start: 32, end: 38 }]);
    assert.equal(s.found, 1);         // the phone (its "(" is left, no digit is); "Lee" survives
    assert.deepEqual(s.byType, { NAME: [0, 1], PHONE: [1, 1] });
    assert.equal(s.removed, 3);
    assert.equal(s.precise, 2);       // the version string is not PHI
  });
});
