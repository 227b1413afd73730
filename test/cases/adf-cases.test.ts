/**
 * The ADF cases of shared/cases/dev-cases.jsonl, judged as its README says: every `detect` entry is
 * reported with exactly that text and type (in a block's text, or in an attribute when it has `where`)
 * and under no other type; no finding lies inside a `not_detect` string; the label-style redaction equals
 * `redacted` after merging adjacent text nodes with identical marks. Every redacted document is also
 * valid ADF, and redaction is idempotent.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { AdfDocumentSchema, projectDocument, redactDocument, scanDocument, type DocumentFinding } from '../../src/core/adf';
import { getAt } from '../../src/core/adf/pointer';
import { adfSchemaErrors } from '../support/adf-schema';
import { mergeTextNodes } from '../support/adf-compare';

const CaseSchema = z.object({
  id: z.string(),
  kind: z.string(),
  input: z.unknown(),
  expect: z.object({
    detect: z.array(z.object({ type: z.string(), text: z.string(), where: z.string().optional() })),
    not_detect: z.array(z.string()),
    redacted: z.unknown().optional(),
  }),
});

const cases = readFileSync(new URL('../../../shared/cases/dev-cases.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '')
  .map((l) => CaseSchema.parse(JSON.parse(l)))
  .filter((c) => c.kind === 'adf');

const SECRET = 'test-secret';

/** The text a finding's offsets index into: its block's text or its attribute's value. */
function sourceOf(doc: unknown, blocks: Map<string, string>, f: DocumentFinding): string {
  if (f.where === 'text') return blocks.get(f.path) ?? '';
  const value = getAt(doc, f.path);
  return typeof value === 'string' ? value : '';
}

function insideOccurrence(source: string, needle: string, f: DocumentFinding): boolean {
  for (let at = source.indexOf(needle); at !== -1; at = source.indexOf(needle, at + 1)) {
    if (f.start >= at && f.end <= at + needle.length) return true;
  }
  return false;
}

describe('ADF dev cases', () => {
  it('has the eight ADF cases', () => assert.equal(cases.length, 8));

  for (const c of cases) {
    describe(c.id, () => {
      const doc = AdfDocumentSchema.parse(c.input);
      const blocks = new Map(projectDocument(doc).blocks.map((b) => [b.path, b.text]));
      const findings = scanDocument(doc);

      for (const d of c.expect.detect) {
        it(`detects ${d.type} ${JSON.stringify(d.text)}${d.where ? ` in ${d.where}` : ''}`, () => {
          const where = d.where ? 'attribute' : 'text';
          const same = findings.filter((f) => f.text === d.text && f.where === where);
          assert.ok(same.length > 0, `not found; found ${JSON.stringify(findings.map((f) => [f.type, f.text]))}`);
          assert.deepEqual([...new Set(same.map((f) => f.type))], [d.type]);
        });
      }

      for (const n of c.expect.not_detect) {
        it(`does not detect ${JSON.stringify(n)}`, () => {
          const inside = findings.filter((f) => insideOccurrence(sourceOf(doc, blocks, f), n, f));
          assert.deepEqual(inside.map((f) => [f.type, f.text]), []);
        });
      }

      if (c.expect.redacted !== undefined) {
        it('redacts to the expected document (label tokens)', () => {
          const redacted = redactDocument(doc, findings, 'label', SECRET);
          assert.deepEqual(mergeTextNodes(redacted), mergeTextNodes(c.expect.redacted));
        });
      }

      it('redacts to valid ADF, idempotently, without touching the input', () => {
        const before = JSON.stringify(c.input);
        const redacted = redactDocument(doc, findings, 'label', SECRET);
        assert.equal(JSON.stringify(c.input), before);
        assert.equal(adfSchemaErrors(redacted), undefined);
        const again = scanDocument(redacted).filter((f) => f.detector !== 'adf-mention');
        assert.deepEqual(again.map((f) => [f.type, f.text]), []);
        assert.deepEqual(redactDocument(redacted, again, 'label', SECRET), redacted);
        // JSON round-trips: no lone surrogates (C11).
        assert.deepEqual(JSON.parse(JSON.stringify(redacted)), redacted);
        assert.doesNotMatch(JSON.stringify(redacted), /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
      });
    });
  }
});
