/**
 * The engine's promises, checked on generated text: offsets always slice back to the original,
 * scanning is deterministic, and redacted text yields no finding when scanned again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { redactTextStable } from '../../src/core/redact/text';
import { scanText } from '../../src/core/scan';

/** Synthetic PHI values (made up; phones on 555-01XX, e-mails on example.org). */
const PHI = [
  '412-58-7391', '(312) 555-0142', 'a.rivera@example.org', '4716 0938 2551 7347', '203.0.113.57',
  'DOB 03/14/1962', 'MRN: 00417823', 'Reginald Thistlewood', '1427 Larkspur Ave', '1EG4-TE5-MK73',
];
const NOISE = [
  'the', 'patient', 'called', 'build 4.18.2', 'CLIN-4417', '\u200b', '\u00a0', '\uff14\uff11', '\u2013', '\ud83d\udc69\ud83c\udffd\u200d\u2695\ufe0f',
  '\n', ', ', 'Will', 'May', '1764763200003', '###', '@', '.', 'x4417', '   ',
];

const textArb = fc.array(fc.oneof(fc.constantFrom(...PHI), fc.constantFrom(...NOISE), fc.string({ maxLength: 8 })), { maxLength: 30 })
  .map((parts) => parts.join(' '));

describe('scan properties', () => {
  it('every finding slices back to its original text', () => {
    fc.assert(fc.property(textArb, (text) => {
      for (const f of scanText(text)) {
        assert.equal(text.slice(f.start, f.end), f.text);
        assert.ok(f.start < f.end);
      }
    }), { numRuns: 300 });
  });

  it('findings do not overlap and come in order', () => {
    fc.assert(fc.property(textArb, (text) => {
      const findings = scanText(text);
      for (let i = 1; i < findings.length; i += 1) {
        assert.ok((findings[i - 1]?.end ?? 0) <= (findings[i]?.start ?? 0));
      }
    }), { numRuns: 200 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(textArb, (text) => {
      assert.deepEqual(scanText(text), scanText(text));
    }), { numRuns: 100 });
  });

  for (const style of ['label', 'mask', 'last4', 'pseudonym'] as const) {
    it(`redacted text (${style} tokens) yields no finding when scanned again`, () => {
      fc.assert(fc.property(textArb, (text) => {
        const once = redactTextStable(text, { style, secret: 'property-test-secret' }).text;
        assert.deepEqual(scanText(once).map((f) => `${f.type}:${f.text}`), []);
      }), { numRuns: 150 });
    });
  }
});
