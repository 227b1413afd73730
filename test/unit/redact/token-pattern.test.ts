/**
 * Where redaction tokens are (core/redact/token-pattern.ts): the scan never reports a token again.
 * The spans are found by trying the token pattern only at '[' and '*'; they must be exactly what a
 * plain exec loop over the whole text finds.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blankTokens, overlapsToken, REDACTION_TOKEN, redactionTokenSpans } from '../../../src/core/redact/token-pattern';
import { redactTextStable } from '../../../src/core/redact/text';

const execSpans = (text: string): Array<[number, number]> => [...text.matchAll(REDACTION_TOKEN)].map((m) => [m.index, m.index + m[0].length]);

describe('redaction token spans', () => {
  it('finds what an exec loop over the whole text finds', () => {
    const pieces = ['[SSN]', '[NAME-7F3A]', '[NAME-7f3a]', '[REDACTED]', '[', ']', '*', '**', '***-**-6789', '-', ' ', '(', ')', '6789', 'x', 'SSN', '[[', '*[SSN]'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(redactionTokenSpans(text), execSpans(text), text);
    }), { numRuns: 5000 });
  });

  it('spans of each token style', () => {
    const text = 'SSN [SSN], name [NAME-7F3A], card ****-****-****-1111, [REDACTED], [CLIN-4417] and * notes';
    assert.deepEqual(redactionTokenSpans(text).map(([s, e]) => text.slice(s, e)), ['[SSN]', '[NAME-7F3A]', '****-****-****-1111', '[REDACTED]']);
  });

  it('two stars and a space, or a tail that runs on into digits, are bold before a value (second fresh-eyes hunt)', () => {
    const text = '**SSN:** 412-58-7391; **Phone:** (312) 555-0176; SSN **412-58-7391**; masks ***-**-7391, **** **** **** 1111, **3456';
    assert.deepEqual(redactionTokenSpans(text).map(([s, e]) => text.slice(s, e)), ['**', '**', '***-**-7391', '**** **** **** 1111', '**3456']);
  });

  it('Markdown bold is no mask: a kept tail holds a digit (fourth hunt: "**John Smith**" hid the name)', () => {
    const text = 'Patient: **John Smith**, plate ***C123, MBI *******MK73';
    assert.deepEqual(redactionTokenSpans(text).map(([s, e]) => text.slice(s, e)), ['**', '***C123', '*******MK73']);
  });
});

describe('redaction tokens are no context', () => {
  it('blankTokens turns only the token characters into spaces', () => {
    const text = 'SSN [SSN]; ref *[NAME] ***-**-6789.';
    assert.equal(blankTokens(text, redactionTokenSpans(text)), `SSN ${' '.repeat(5)}; ref *${' '.repeat(18)}.`);
  });

  // Found trying the product: the second redaction pass took "[SSN]" (and "[CREDIT_CARD]") as context
  // words, so --redact removed a number the scan had not reported.
  it('a second redaction pass finds nothing the token alone would vouch for', () => {
    const input = 'SSN on file (verified by phone with the member Tuesday): 412-58-7391; ref 523710946.';
    const { text, passes } = redactTextStable(input, { style: 'label', secret: 's' });
    assert.equal(text, 'SSN on file (verified by phone with the member Tuesday): [SSN]; ref 523710946.');
    assert.equal(passes.length, 1);
  });
});

describe('overlapsToken', () => {
  it('answers as a test of every token does', () => {
    const pieces = ['[SSN]', '[NAME-7F3A]', 'ab', ' ', '***-**-6789', '1'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')), fc.nat(80), fc.nat(12), (text, start, length) => {
      const spans = redactionTokenSpans(text);
      const end = start + length;
      assert.equal(overlapsToken(spans, start, end), spans.some(([s, e]) => start < e && s < end), `${text} [${start}, ${end})`);
    }), { numRuns: 5000 });
  });
});
