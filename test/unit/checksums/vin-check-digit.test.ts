import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { vinCheckDigitValid } from '../../../src/core/checksums/vin-check-digit';

const vinChars = fc.stringMatching(/^[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{4}\d{4}$/);
const withCheck = (v: string): string | undefined =>
  [...'0123456789X'].map((c) => v.slice(0, 8) + c + v.slice(9)).find(vinCheckDigitValid);

describe('vinCheckDigitValid', () => {
  it('follows 49 CFR 565.15', () => {
    assert.equal(vinCheckDigitValid('1M8GDM9AXKP042788'), true); // the CFR's own worked example
    assert.equal(vinCheckDigitValid('1FTFW1ET9DFC10312'), true);
    assert.equal(vinCheckDigitValid('1FTFW1ET5DFC10312'), false);
    assert.equal(vinCheckDigitValid('1FTFW1ET9DFC1031'), false);
    assert.equal(vinCheckDigitValid('1FTFW1ET9DFC1031O'), false);
  });

  it('every VIN body has exactly one check character', () => {
    fc.assert(fc.property(vinChars, (v) => {
      const valid = [...'0123456789X'].filter((c) => vinCheckDigitValid(v.slice(0, 8) + c + v.slice(9)));
      assert.equal(valid.length, 1);
    }));
  });

  it('detects a changed digit at any weighted position', () => {
    const weighted = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16];
    fc.assert(fc.property(vinChars, fc.constantFrom(...weighted), fc.integer({ min: 1, max: 9 }), (v, pos, delta) => {
      const vin = withCheck(v) as string;
      const ch = vin[pos] as string;
      fc.pre(ch >= '0' && ch <= '9');
      const changed = vin.slice(0, pos) + String((Number(ch) + delta) % 10) + vin.slice(pos + 1);
      assert.equal(vinCheckDigitValid(changed), false);
    }));
  });
});
