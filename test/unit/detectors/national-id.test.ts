/** NHS numbers (mod 11) and Canadian SINs (Luhn), after their cue: OTHER_ID, not a phone (second fresh-eyes hunt). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nationalIdValidity } from '../../../src/core/detectors/national-id';
import { scanText } from '../../../src/core/scan';

describe('national-id', () => {
  it('validates the NHS mod 11 and the SIN Luhn check digits', () => {
    assert.equal(nationalIdValidity('943 476 5919'), 'valid');
    assert.equal(nationalIdValidity('943 476 5918'), 'invalid');
    assert.equal(nationalIdValidity('046 454 286'), 'valid');
    assert.equal(nationalIdValidity('046 454 287'), 'invalid');
    assert.equal(nationalIdValidity('111 111 1111'), 'invalid');
    assert.equal(nationalIdValidity('1234'), 'invalid');
  });

  it('reports them as OTHER_ID after their cue, and a phone stays a phone', () => {
    const text = 'NHS number 943 476 5919; SIN 046 454 286; Social Insurance Number: 046-454-286; cell 312 555 0142';
    assert.deepEqual(scanText(text).map((f) => `${f.type}:${f.text}`),
      ['OTHER_ID:943 476 5919', 'OTHER_ID:046 454 286', 'OTHER_ID:046-454-286', 'PHONE:312 555 0142']);
  });
});
