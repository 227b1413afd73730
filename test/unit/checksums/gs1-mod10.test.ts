/** GS1 mod 10 (GTIN / UDI device identifier): published GTINs, and every single-digit error is caught. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gs1Mod10Valid } from '../../../src/core/checksums/gs1-mod10';

const body = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 17 });
const complete = (d: number[]): string => {
  let sum = 0;
  for (let i = d.length - 1, w = 3; i >= 0; i -= 1, w = 4 - w) sum += (d[i] as number) * w;
  return d.join('') + String((10 - (sum % 10)) % 10);
};

describe('gs1Mod10Valid', () => {
  const rows: Array<[string, boolean]> = [
    ['00643169007222', true], ['10614141000415', true], ['4006381333931', true], ['96385074', true],
    ['00643169007223', false], ['1', false], ['0064316900722A', false],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(gs1Mod10Valid(value), want));

  it('accepts every completed number and rejects any one wrong digit', () => {
    fc.assert(fc.property(body, fc.nat(), fc.integer({ min: 1, max: 9 }), (d, at, delta) => {
      const ok = complete(d);
      const i = at % ok.length;
      const bad = ok.slice(0, i) + String((Number(ok[i]) + delta) % 10) + ok.slice(i + 1);
      return gs1Mod10Valid(ok) && !gs1Mod10Valid(bad);
    }));
  });
});
