/** ISO 13616 MOD 97-10: published examples, and properties of computed check digits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ibanMod97Valid } from '../../../src/core/checksums/iban-mod97';

/** Check digits as ISO 13616 computes them: 98 - (BBAN + country + "00") mod 97. */
function withCheckDigits(country: string, bban: string): string {
  let rest = 0;
  for (const ch of `${bban}${country}00`) {
    const n = Number.parseInt(ch, 36);
    rest = n < 10 ? (rest * 10 + n) % 97 : (rest * 100 + n) % 97;
  }
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const bban = fc.array(alnum, { minLength: 10, maxLength: 30 }).map((a) => a.join(''));
const country = fc.tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''))).map(([a, b]) => a + b);

describe('ibanMod97Valid', () => {
  const rows: Array<[string, boolean]> = [
    ['GB82WEST12345698765432', true], ['DE89370400440532013000', true], ['gb42nawi04454264788619', true],
    ['GB82WEST12345698765433', false], ['GB28WEST12345698765432', false], ['GB82', false], ['1282WEST12345698765432', false],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(ibanMod97Valid(value), want));

  it('accepts every computed IBAN, in either case', () => {
    fc.assert(fc.property(country, bban, (c, b) => {
      const iban = withCheckDigits(c, b);
      return ibanMod97Valid(iban) && ibanMod97Valid(iban.toLowerCase());
    }));
  });

  // A digit for a digit or a letter for a letter: swapping classes changes how many digits the letter
  // expands to, which MOD 97 does not promise to catch.
  it('rejects any single substituted character of the BBAN', () => {
    fc.assert(fc.property(country, bban, fc.nat(), alnum, (c, b, at, ch) => {
      const i = at % b.length;
      const isDigit = (x: string): boolean => x >= '0' && x <= '9';
      fc.pre(b[i] !== ch && isDigit(b[i] as string) === isDigit(ch));
      return !ibanMod97Valid(withCheckDigits(c, b).slice(0, 4) + b.slice(0, i) + ch + b.slice(i + 1));
    }));
  });
});
