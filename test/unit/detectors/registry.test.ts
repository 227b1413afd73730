/**
 * Every detector carries its evidence (style §2.2): each must find its `match` examples and none of its
 * `ignore` decoys, ids are unique, scores in 0..1, types from the contract, and no regex can backtrack
 * catastrophically.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_DETECTORS } from '../../../src/core/detectors';
import { FINDING_TYPES } from '../../../src/core/finding-types';
import { hasNestedQuantifier } from '../../../src/core/policy/linear-pattern';
import { scanText } from '../../../src/core/scan';

describe('detector registry', () => {
  it('has unique ids', () => {
    const ids = BUILTIN_DETECTORS.map((d) => d.id);
    assert.deepEqual([...new Set(ids)], ids);
  });

  for (const d of BUILTIN_DETECTORS) {
    describe(d.id, () => {
      it('declares a contract type, scores in 0..1 and linear-time patterns', () => {
        assert.ok(FINDING_TYPES.includes(d.type), `${d.type} is a contract type`);
        for (const p of d.patterns) {
          assert.ok(p.score >= 0 && p.score <= 1, p.name);
          assert.equal(hasNestedQuantifier(p.regex.source), false, `${p.name} nests an unbounded quantifier`);
        }
      });

      const prefiltered = d.patterns.filter((p) => p.keywords || p.requires);
      if (d.requires) {
        const requires = d.requires;
        it('keeps its detector-level requires contract: every value it reports passes the test', () => {
          for (const example of d.examples.match) {
            const found = scanText(example).filter((f) => f.detector === d.id);
            assert.ok(found.length > 0 && found.every((f) => requires.test(f.normalised)), `${d.id} on ${JSON.stringify(example)}`);
          }
        });
      }
      if (prefiltered.length > 0) {
        it('keeps its prefilter contract (keywords, requires) on every example', () => {
          const holdsKeyword = (text: string, keywords: readonly string[]): boolean =>
            keywords.some((k) => text.toLowerCase().includes(k));
          for (const example of [...d.examples.match, ...d.examples.ignore]) {
            for (const p of prefiltered) {
              for (const m of example.matchAll(new RegExp(p.regex.source, p.regex.flags))) {
                if (p.keywords) assert.ok(holdsKeyword(m[0], p.keywords), `${p.name}: match ${JSON.stringify(m[0])} holds none of its keywords`);
                if (p.requires) assert.ok(p.requires.test(m[0]), `${p.name}: match ${JSON.stringify(m[0])} fails its requires test`);
              }
            }
          }
        });
      }

      const spanned = d.patterns.filter((p) => p.spanChars);
      if (spanned.length > 0) {
        it('keeps its spanChars contract on every example: each character of a match is in the class, the last no ASCII letter', () => {
          for (const example of [...d.examples.match, ...d.examples.ignore]) {
            for (const p of spanned) {
              for (const m of example.matchAll(new RegExp(p.regex.source, p.regex.flags))) {
                assert.ok([...m[0]].every((c) => p.spanChars?.test(c)), `${p.name}: match ${JSON.stringify(m[0])} holds a character outside spanChars`);
                assert.ok(!/[A-Za-z]$/.test(m[0]), `${p.name}: match ${JSON.stringify(m[0])} ends in a letter`);
              }
            }
          }
        });
      }

      for (const example of d.examples.match) {
        it(`finds a detection in ${JSON.stringify(example)}`, () => {
          const found = scanText(example).filter((f) => f.detector === d.id);
          assert.ok(found.length > 0, `expected ${d.id} to fire on ${example}`);
        });
      }
      for (const decoy of d.examples.ignore) {
        it(`ignores ${JSON.stringify(decoy)}`, () => {
          const found = scanText(decoy).filter((f) => f.detector === d.id);
          assert.deepEqual(found.map((f) => f.text), []);
        });
      }
    });
  }
});
