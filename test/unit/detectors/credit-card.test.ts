import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { luhnValid } from '../../../src/core/checksums/luhn';
import { cardIssuer, cardValidity } from '../../../src/core/detectors/credit-card';
import type { Validation } from '../../../src/core/detectors/detector';
import { runTable } from './table';

describe('credit-card', () => {
  runTable('CREDIT_CARD', [
    {
      text: 'Gateway log ts=1764763200003 trace=991347160938255173472208 -- patient paid with card 4716 0938 2551 7347 (exp on file).',
      spans: [['CREDIT_CARD', '4716 0938 2551 7347']],
      why: 'dev case C07: Luhn-valid timestamp has no issuer; card digits inside a trace are no card',
      minScore: 0.9,
    },
    { text: 'Card on file 4716 0938 2551 7348 (typo) -- corrected to 4716 0938 2551 7347.', spans: [['CREDIT_CARD', '4716 0938 2551 7347']], why: 'dev case C40: Luhn fails on the typo' },
    { text: '5305817422903169', spans: [['CREDIT_CARD', '5305817422903169']], why: 'Mastercard 53, contiguous, alone' },
    { text: 'Amex 3742-881039-47510', spans: [['CREDIT_CARD', '3742-881039-47510']], why: 'Amex 4-6-5 grouping' },
    { text: 'visa 4716-0938-2551-7347 exp 12/27', spans: [['CREDIT_CARD', '4716-0938-2551-7347']], why: 'dashes, expiry after' },
    { text: 'Diners 3608 210473 9129', spans: [['CREDIT_CARD', '3608 210473 9129']], why: 'Diners 4-6-4' },
    { text: 'card number 3598899323053410 is lost', spans: [['CREDIT_CARD', '3598899323053410']], why: 'Luhn-valid, no known issuer, reported with a card word' },
    { text: 'ref 3598899323053410', spans: [], why: 'no known issuer and no card word' },
    { text: '4716 0938-2551 7347', spans: [], why: 'mixed separators' },
    { text: '4444444444444444', spans: [], why: 'one repeated digit' },
    { text: 'ratio 0.4716093825517347', spans: [], why: 'a decimal fraction' },
    { text: 'My IBAN is GB90YNTU67299444055881', spans: [], why: 'digits glued to letters' },
    { text: 'order 4716093825517347', spans: [], why: 'order-number context' },
  ]);

  it('knows issuer ranges and lengths', () => {
    assert.equal(cardIssuer('4716093825517347'), 'Visa');
    assert.equal(cardIssuer('2720990000000000'), 'Mastercard');
    assert.equal(cardIssuer('2721000000000000'), undefined);
    assert.equal(cardIssuer('374288103947510'), 'American Express');
    assert.equal(cardIssuer('3742881039475100'), undefined);
    assert.equal(cardIssuer('6221260000000000'), 'Discover');
    assert.equal(cardIssuer('180016070420458'), 'JCB');
    assert.equal(cardIssuer('1764763200003'), undefined);
  });
});

describe('cardValidity reads char codes', () => {
  // The definition it replaced: one kind of separator, no digit repeated throughout, then Luhn and issuer.
  const bySets = (value: string): Validation => {
    if (new Set(value.replace(/\d/g, '')).size > 1) return 'invalid';
    const digits = value.replace(/\D/g, '');
    if (/^(\d)\1+$/.test(digits)) return 'invalid';
    if (!luhnValid(digits)) return 'invalid';
    return cardIssuer(digits) ? 'valid' : undefined;
  };
  it('agrees with the set-and-regex definition (on values of the BMP: separators are compared as UTF-16 units)', () => {
    const pieceArb = fc.constantFrom('4', '1', '0', '5', '9', '4111', '1111', '3782', '82246', '10005', ' ', '-', '.', 'a', '٣');
    fc.assert(fc.property(fc.array(pieceArb, { maxLength: 12 }).map((a) => a.join('')), (value) => {
      assert.equal(cardValidity(value), bySets(value), value);
    }), { numRuns: 20000 });
    for (const value of ['4111111111111111', '4111 1111 1111 1111', '4111-1111 1111-1111', '1111111111111111', '0000 0000 0000 0000', '', '4', '378282246310005']) {
      assert.equal(cardValidity(value), bySets(value), value);
    }
  });
});
