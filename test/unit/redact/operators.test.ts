import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { label, last4, mask, pseudonym, tokenFor } from '../../../src/core/redact/operators';
import { redactText } from '../../../src/core/redact/text';
import { scanText } from '../../../src/core/scan';

describe('redaction operators', () => {
  it('label names the type', () => assert.equal(label({ type: 'SSN', normalised: '412-58-7391' }), '[SSN]'));
  it('mask is fixed whatever the value', () => assert.equal(mask(), '[REDACTED]'));
  it('last4 keeps separators and the last four characters of numbers', () => {
    assert.equal(last4({ type: 'SSN', normalised: '412-58-7391' }), '***-**-7391');
    assert.equal(last4({ type: 'CREDIT_CARD', normalised: '4716 0938 2551 7347' }), '**** **** **** 7347');
  });
  it('last4 falls back to the label for names and for values of four characters or fewer', () => {
    assert.equal(last4({ type: 'NAME', normalised: 'Reginald Thistlewood' }), '[NAME]');
    assert.equal(last4({ type: 'MRN', normalised: '4417' }), '[MRN]');
  });
  it('pseudonym is stable per value and secret, and equal for two spellings of one SSN', () => {
    const a = pseudonym({ type: 'SSN', normalised: '412-58-7391' }, 's1');
    assert.match(a, /^\[SSN-[0-9A-F]{4}\]$/);
    assert.equal(pseudonym({ type: 'SSN', normalised: '412 58 7391' }, 's1'), a);
    assert.notEqual(pseudonym({ type: 'SSN', normalised: '412-58-7391' }, 's2'), a);
    assert.notEqual(pseudonym({ type: 'SSN', normalised: '618-20-4471' }, 's1'), a);
  });
  it('tokenFor dispatches on the style', () => {
    assert.equal(tokenFor('label', { type: 'SSN', normalised: '412-58-7391' }, 'k'), '[SSN]');
    assert.equal(tokenFor('last4', { type: 'SSN', normalised: '412-58-7391' }, 'k'), '***-**-7391');
  });
});

describe('plain-text redaction', () => {
  it('replaces each finding and keeps every other character', () => {
    const text = 'SSN (copied): 412\u201058\u20107391; again 412\u201358\u20137391.';
    assert.equal(redactText(text, scanText(text), 'label', 'k'), 'SSN (copied): [SSN]; again [SSN].');
  });
  it('replaces fullwidth originals entirely', () => {
    const text = '\u60a3\u8005 SSN\uff1a\uff14\uff11\uff12\uff0d\uff15\uff18\uff0d\uff17\uff13\uff19\uff11\u3001';
    assert.equal(redactText(text, scanText(text), 'label', 'k'), '\u60a3\u8005 SSN\uff1a[SSN]\u3001');
  });
});
