/**
 * Realistic PHI-free ADF (test/fixtures/adf-clean: bug reports, sprint pages, postmortems, stories with
 * media, API guides; tables, layouts, expands, nested lists, code blocks, smart links, decisions, tasks)
 * must pass through unchanged: valid ADF, nothing found but staff mentions, redaction the identity
 * down to the bytes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AdfDocumentSchema, redactDocument, scanDocument } from '../../../src/core/adf';
import { redactInput } from '../../../src/core/input';
import { adfSchemaErrors } from '../../support/adf-schema';

const dir = new URL('../../fixtures/adf-clean/', import.meta.url);

describe('clean ADF corpus', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    it(`${file} passes through unchanged`, () => {
      const raw = readFileSync(new URL(file, dir), 'utf8');
      const json: unknown = JSON.parse(raw);
      assert.equal(adfSchemaErrors(json), undefined);
      const doc = AdfDocumentSchema.parse(json);
      const findings = scanDocument(doc);
      assert.deepEqual(findings.filter((f) => f.detector !== 'adf-mention').map((f) => [f.type, f.text, f.path]), []);
      assert.equal(JSON.stringify(redactDocument(doc, findings, 'label', 's')), JSON.stringify(doc));
    });

    it(`${file} inside Jira and Confluence REST JSON comes back byte-identical`, () => {
      const adf: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      const issue = { id: '10001', key: 'ENG-12', fields: { summary: 'Intake form upload stalls', description: adf, comment: { comments: [{ id: '7', body: adf }] } } };
      const page = { id: '98765', title: 'Engineering notes', body: { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify(adf) } } };
      for (const input of [issue, page]) {
        const out = JSON.stringify(redactInput(JSON.stringify(input), { style: 'label', secret: 's' }).value);
        assert.ok(out === JSON.stringify(input), 'the REST JSON changed');
      }
    });
  }
});
