import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { deaCheckDigitValid } from '../../../src/core/checksums/dea-check-digit';

const prefix = fc.stringMatching(/^[A-Z][A-Z9]\d{6}$/);
const complete = (p: string): string => {
  const d = [...p.slice(2)].map(Number) as [number, number, number, number, number, number];
  return `${p}${(d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10}`;
};

describe('deaCheckDigitValid', () => {
  it('checks (d1+d3+d5) + 2(d2+d4+d6) mod 10 against d7', () => {
    assert.equal(deaCheckDigitValid('BM4819201'), true);
    assert.equal(deaCheckDigitValid('BM4819202'), false);
    assert.equal(deaCheckDigitValid('M96031176'), true);
    assert.equal(deaCheckDigitValid('BM481920'), false);
    assert.equal(deaCheckDigitValid('1M4819201'), false);
  });

  it('accepts the computed check digit and no other', () => {
    fc.assert(fc.property(prefix, fc.integer({ min: 1, max: 9 }), (p, delta) => {
      const dea = complete(p);
      assert.equal(deaCheckDigitValid(dea), true);
      const wrong = dea.slice(0, 8) + String((Number(dea[8]) + delta) % 10);
      assert.equal(deaCheckDigitValid(wrong), false);
    }));
  });

  it('detects a change to an odd-position digit (weight 1)', () => {
    fc.assert(fc.property(prefix, fc.constantFrom(2, 4, 6), fc.integer({ min: 1, max: 9 }), (p, pos, delta) => {
      const dea = complete(p);
      const changed = dea.slice(0, pos) + String((Number(dea[pos]) + delta) % 10) + dea.slice(pos + 1);
      assert.equal(deaCheckDigitValid(changed), false);
    }));
  });
});
