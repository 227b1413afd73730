/** ABA routing number 3-7-1 check: published numbers, and every single-digit error is caught. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { abaRoutingValid } from '../../../src/core/checksums/aba-routing';

const digits8 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 });
const complete = (d: number[]): string => {
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = d.reduce((s, x, i) => s + x * (w[i] as number), 0);
  return d.join('') + String((10 - (sum % 10)) % 10);
};

describe('abaRoutingValid', () => {
  const rows: Array<[string, boolean]> = [
    ['021000021', true], ['011000015', true], ['021000022', false], ['02100002', false], ['0210000211', false], ['02100002A', false],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(abaRoutingValid(value), want));

  it('accepts every completed number and rejects any one wrong digit', () => {
    fc.assert(fc.property(digits8, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (d, at, delta) => {
      const ok = complete(d);
      const bad = ok.slice(0, at) + String((Number(ok[at]) + delta) % 10) + ok.slice(at + 1);
      return abaRoutingValid(ok) && !abaRoutingValid(bad);
    }));
  });
});
