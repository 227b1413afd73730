/**
 * The scan's context gate (core/scan.ts) drops a candidate that needs context before scoring it when
 * none of its detector's context words starts within its window's reach, and skips such patterns on a
 * text with none at all. It must drop only what scoring would drop. Oracle: the same scan with an outside
 * context of one space, which turns the gate off (outside context counts for every span) and adds no
 * context word, so every candidate is scored in full.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BUILTIN_DETECTORS } from '../../src/core/detectors';
import { PolicySchema } from '../../src/core/policy/schema';
import { scanText } from '../../src/core/scan';
import { generateCorpus } from '../../bench/corpus';

const ungated = (text: string) => scanText(text, { outsideContext: ' ' });

/** The context words of every detector with a pattern that needs context, as written in the detectors. */
const CONTEXT_WORDS = [...new Set(BUILTIN_DETECTORS.filter((d) => d.patterns.some((p) => p.needsContext)).flatMap((d) => d.context ?? []))];

/** Values that only a nearby context word makes findings (synthetic). */
const WEAK_VALUES = [
  '412 58 7391', '412.58.7391', '412587391', '3125550142', '13125550142', '312 555 0142', '+1 312 555 0142', '10.0.0.7',
  '192.168.4.20', '60614', '1234567893', '3/14', 'AB1234563', 'W123456789', '00417823', '55120934', '7ABC123',
  '(08) 8747 6301', '0490 75 40 81 ext. 12', '467 3395x4',
];

const textArb = fc.array(fc.oneof(
  fc.constantFrom(...WEAK_VALUES),
  fc.constantFrom(...CONTEXT_WORDS),
  fc.constantFrom(...CONTEXT_WORDS).map((w) => w.toUpperCase()),
  // Filler of every length moves context words in and out of a window's reach.
  fc.nat({ max: 60 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(':', '#', '-', ',', '\n', '(', ')', '.', 'no.', 'Xship', '2pt'),
), { maxLength: 24 }).chain((parts) => fc.array(fc.constantFrom(' ', '', '  ', ': ', '\n'), { minLength: parts.length, maxLength: parts.length })
  .map((seps) => parts.map((p, i) => p + (seps[i] ?? ' ')).join('')));

describe('context gate', () => {
  it('drops only candidates that scoring would drop (generated texts)', () => {
    fc.assert(fc.property(textArb, (text) => {
      assert.deepEqual(scanText(text), ungated(text));
    }), { numRuns: 3000 });
  });

  it('drops only candidates that scoring would drop (bench records)', () => {
    let checked = 0;
    for (const record of generateCorpus(11, 400_000)) {
      assert.deepEqual(scanText(record.text), ungated(record.text), record.id);
      checked += 1;
    }
    assert.ok(checked > 300);
  });

  it('keeps a weak value whose context word starts at the far edge of its window', () => {
    // 'phone' starts 48 characters (the default reach) before a bare ten-digit number, which needs context.
    const edge = `phone ${'x'.repeat(41)} 3125550142`;
    assert.equal(edge.indexOf('312') - edge.indexOf('phone'), 48);
    assert.deepEqual(scanText(edge).map((f) => [f.type, f.text]), [['PHONE', '3125550142']]);
    assert.deepEqual(scanText(`phone ${'x'.repeat(42)} 3125550142`), []);
  });

  it('takes the most custom detectors and context terms a policy may hold', () => {
    // 50 site detectors of 50 two-letter terms each (the schema's limits): every two-letter opening of
    // the cue table is taken, which once overflowed its list numbers and made every scan throw.
    const openings = [...'abcdefghijklmnopqrstuvwxyz'].flatMap((a) => [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((b) => a + b));
    const policy = PolicySchema.parse({
      schemaVersion: 1, name: 'many site detectors',
      customDetectors: Array.from({ length: 50 }, (_, d) => ({
        id: `site-${d}`, type: 'MRN', pattern: `Q${d}-\\d{6}`, context: openings.slice(d * 18, d * 18 + 50),
      })),
    });
    const text = 'ref ab Q0-123456, then Q7-654321 with no word near it at all and no other';
    assert.deepEqual(scanText(text, { policy }).map((f) => [f.detector, f.text, f.why.context]), [['custom:site-0', 'Q0-123456', 'ab']]);
    assert.deepEqual(scanText(text, { policy }), scanText(text, { policy, outsideContext: ' ' }));
  });
});
