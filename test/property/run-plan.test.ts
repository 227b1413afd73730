/**
 * A RunPlan answers all of a scan's digit-run specs in one pass over a text's runs (core/detectors/
 * text-index.ts). Its table only chooses which specs to test in full, so each spec must get exactly the
 * runs it gets when answered alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BUILTIN_DETECTORS } from '../../src/core/detectors';
import { cueTable, indexText, runPlan, runStarts, type DigitRunSpec } from '../../src/core/detectors/text-index';
import { lowerSameLength } from '../../src/core/detectors/prefilter';
import { generateCorpus } from '../../bench/corpus';

const BUILTIN_SPECS = [...new Set(BUILTIN_DETECTORS.flatMap((d) => d.patterns.flatMap((p) => (p.digitRun ? [p.digitRun] : []))))];
const NO_CUES = cueTable([]);

/** Every spec answered through `specs`' plan equals the spec answered alone. */
function assertPlanAgrees(specs: readonly DigitRunSpec[], text: string): void {
  const plan = runPlan(specs);
  const together = indexText(lowerSameLength(text), NO_CUES);
  for (const spec of specs) {
    const alone = runStarts(text, indexText(lowerSameLength(text), NO_CUES), spec);
    assert.deepEqual(runStarts(text, together, spec, plan), alone, `${JSON.stringify(spec)} on ${JSON.stringify(text)}`);
  }
}

const runArb = fc.nat({ max: 40 }).chain((n) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join('')));
const glueArb = fc.constantFrom('', ' ', '-', '.', '/', ':', 'st', 'x', 'A', 'é', '٣', '\n', 'T');
const textArb = fc.array(fc.tuple(runArb, glueArb), { maxLength: 10 }).map((parts) => parts.map(([r, g]) => r + g).join(''));

/** Specs of every shape the type allows, more of them than one 32-bit word of the table holds. */
const specArb: fc.Arbitrary<DigitRunSpec> = fc.record({
  min: fc.integer({ min: 1, max: 34 }), extra: fc.nat({ max: 4 }),
  first: fc.option(fc.constantFrom('12', '0', '9'), { nil: undefined }),
  next: fc.option(fc.constantFrom(' -', '.', '/-.', 'snrt -', 'ACE', 'é٣'), { nil: undefined }),
  then: fc.option(fc.oneof(fc.constant('letter' as const), fc.record({ min: fc.integer({ min: 1, max: 3 }), max: fc.integer({ min: 3, max: 5 }), next: fc.option(fc.constantFrom('-', ' .'), { nil: undefined }) })), { nil: undefined }),
}).map(({ min, extra, first, next, then }) => ({ min, max: min + extra, first, next, then }));

describe('a run plan answers each spec as the spec alone', () => {
  it('the built-in specs, on generated digit runs', () => {
    fc.assert(fc.property(textArb, (text) => assertPlanAgrees(BUILTIN_SPECS, text)), { numRuns: 1000 });
  });

  it('the built-in specs, on bench records', () => {
    for (const record of generateCorpus(5, 200_000)) assertPlanAgrees(BUILTIN_SPECS, record.text);
  });

  it('up to 70 generated specs (three words of bits per table cell)', () => {
    fc.assert(fc.property(fc.array(specArb, { minLength: 1, maxLength: 70 }), textArb, (specs, text) => assertPlanAgrees(specs, text)), { numRuns: 300 });
  });

  it('a run before a character outside ASCII, and at the end of the text', () => {
    const text = '12é 7٣ 345';
    const beforeE: DigitRunSpec = { min: 1, max: 3, next: 'é' };
    const beforeThree: DigitRunSpec = { min: 1, max: 3, next: '٣' };
    const last: DigitRunSpec = { min: 3, max: 3 };
    const lastWithNext: DigitRunSpec = { min: 3, max: 3, next: ' ' };
    const plan = runPlan([beforeE, beforeThree, last, lastWithNext]);
    const index = indexText(text, NO_CUES);
    assert.deepEqual([beforeE, beforeThree, last, lastWithNext].map((spec) => runStarts(text, index, spec, plan)), [[0], [4], [7], []]);
  });

  it('runs of 32 digits or more share a length class', () => {
    const text = `${'1'.repeat(31)} ${'2'.repeat(32)} ${'3'.repeat(40)}`;
    const long: DigitRunSpec = { min: 33, max: 40 };
    const exact: DigitRunSpec = { min: 32, max: 32 };
    const plan = runPlan([long, exact]);
    const index = indexText(text, NO_CUES);
    assert.deepEqual(runStarts(text, index, long, plan), [65]);
    assert.deepEqual(runStarts(text, index, exact, plan), [32]);
  });
});
