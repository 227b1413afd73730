/**
 * scanTextStable reports, in the input's own offsets, everything the redaction passes replace: a value
 * found only once an earlier one is a token is reported too, so `scan` and `--redact` agree.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactTextStable, scanTextStable } from '../../../src/core/redact/text';
import { scanText } from '../../../src/core/scan';

const spans = (text: string, style: 'label' | 'pseudonym' = 'label'): string[] =>
  scanTextStable(text, { style, secret: 'site-secret' }).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

describe('scanTextStable', () => {
  it('finds the card a first scan misses while the year runs into it, at its place in the input', () => {
    const text = 'DOB 03/14/1962 4716 0938 2551 7347';
    assert.deepEqual(scanText(text).map((f) => f.type), ['DATE']);
    assert.deepEqual(spans(text), ['DATE:03/14/1962', 'CREDIT_CARD:4716 0938 2551 7347']);
  });

  it('maps later findings back through tokens of another length, and agrees with the redaction', () => {
    const text = 'Please merge duplicate charts for Nguyễn Thị Minh Khai and Bob. DOB 03/14/1962 4716 0938 2551 7347';
    for (const style of ['label', 'pseudonym'] as const) {
      const found = scanTextStable(text, { style, secret: 'site-secret' });
      assert.deepEqual(found.map((f) => f.text), found.map((f) => text.slice(f.start, f.end)));
      const { passes } = redactTextStable(text, { style, secret: 'site-secret' });
      assert.equal(found.length, passes.flat().length);
      assert.ok(spans(text, style).includes('NAME:Nguyễn Thị'));
    }
  });

  it('is the single scan when one pass is enough', () => {
    const text = 'SSN 412-58-7391, call 312-555-0142';
    assert.deepEqual(scanTextStable(text, { style: 'label' }), scanText(text));
  });
});
