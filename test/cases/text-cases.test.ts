/**
 * The text acceptance cases of ../shared/cases/dev-cases.jsonl, judged as that folder's README says:
 * each `detect` entry is reported with exactly that text and type (and not also under another type);
 * no finding lies inside a `not_detect` string; `--redact` output equals `redacted` with label tokens.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactText } from '../../src/core/redact/text';
import { scanText } from '../../src/core/scan';
import { loadDevCases } from '../support/shared';

const cases = loadDevCases().filter((c) => c.kind === 'text');

describe('text acceptance cases', () => {
  it('there are text cases to run', () => assert.ok(cases.length >= 10));

  for (const c of cases) {
    describe(`${c.id}: ${c.summary.slice(0, 80)}`, () => {
      const input = c.input as string;
      const findings = scanText(input);

      for (const d of c.expect.detect) {
        it(`detects ${d.type} ${JSON.stringify(d.text)}`, () => {
          const same = findings.filter((f) => f.text === d.text);
          assert.deepEqual(same.map((f) => f.type), [d.type]);
        });
      }
      for (const decoy of c.expect.not_detect) {
        it(`reports nothing inside ${JSON.stringify(decoy)}`, () => {
          const inside = findings.filter((f) => {
            for (let at = input.indexOf(decoy); at >= 0; at = input.indexOf(decoy, at + 1)) {
              if (f.start >= at && f.end <= at + decoy.length) return true;
            }
            return false;
          });
          assert.deepEqual(inside.map((f) => `${f.type}:${f.text}`), []);
        });
      }
      if (typeof c.expect.redacted === 'string') {
        it('redacts to the expected text', () => {
          assert.equal(redactText(input, findings, 'label', 'test-secret'), c.expect.redacted);
        });
      }
    });
  }
});
