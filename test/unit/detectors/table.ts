/**
 * Table-driven detector tests (style §2.15): each row is a text, the spans of the table's finding types
 * that must be reported there (exact text and type, in order, other types switched off by isolated-scan)
 * and a comment saying why. A row may also ask for a minimum score, checked under the default policy.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FindingType } from '../../../src/core/finding-types';
import { scanText } from '../../../src/core/scan';
import { spansOf } from './isolated-scan';

export interface Row {
  readonly text: string;
  readonly spans: ReadonlyArray<readonly [FindingType, string]>;
  readonly why: string;
  /** Every span of the row scores at least this with all detectors on. */
  readonly minScore?: number;
}

/** `types`: the finding types enabled for the table (a detector that reports more than one lists them all). */
export function runTable(types: FindingType | readonly FindingType[], rows: readonly Row[]): void {
  const enabled = typeof types === 'string' ? [types] : types;
  for (const row of rows) {
    it(`${row.why}: ${JSON.stringify(row.text)}`, () => {
      assert.deepEqual(spansOf(row.text, enabled), row.spans.map(([t, s]) => [t, s]));
      if (row.minScore === undefined) return;
      const findings = scanText(row.text);
      for (const [t, s] of row.spans) {
        const f = findings.find((x) => x.type === t && x.text === s);
        assert.ok(f && f.score >= row.minScore, `${s} scored ${f?.score ?? 'nothing'}`);
      }
    });
  }
}
