import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { npiLuhnValid } from '../../../src/core/checksums/npi-luhn';

const body = fc.stringMatching(/^[12]\d{8}$/);
/** The one check digit that makes body+digit valid. */
const complete = (b: string): string => {
  for (let d = 0; d < 10; d += 1) if (npiLuhnValid(`${b}${d}`)) return `${b}${d}`;
  throw new Error(`no check digit for ${b}`);
};

describe('npiLuhnValid', () => {
  it('accepts CMS-style examples and rejects a changed check digit', () => {
    assert.equal(npiLuhnValid('1738294614'), true);
    assert.equal(npiLuhnValid('1738294615'), false);
    assert.equal(npiLuhnValid('173829461'), false);
    assert.equal(npiLuhnValid('17382946x4'), false);
  });

  it('every nine-digit body has exactly one check digit', () => {
    fc.assert(fc.property(body, (b) => {
      const valid = [...'0123456789'].filter((d) => npiLuhnValid(b + d));
      assert.equal(valid.length, 1);
    }));
  });

  it('detects every single-digit substitution', () => {
    fc.assert(fc.property(body, fc.nat(9), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
      const npi = complete(b);
      const changed = npi.slice(0, pos) + String((Number(npi[pos]) + delta) % 10) + npi.slice(pos + 1);
      assert.equal(npiLuhnValid(changed), false);
    }));
  });
});
