/**
 * Property tests of projection and document scanning over generated documents: the offset map leads
 * back to the text nodes, findings slice back out of their block, no finding crosses an inline node, and
 * every PHI value split across mark boundaries is found whole.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { projectDocument, scanDocument } from '../../src/core/adf';
import { nodeAt } from '../../src/core/adf/project';
import { ADF_TEST_POLICY } from '../support/adf-policy';
import { PHI, documentArb } from '../support/adf-arbitraries';

const NUM_RUNS = 100;

describe('ADF projection properties', () => {
  it('block offsets map back to the text nodes and cover the block text', () => {
    fc.assert(fc.property(documentArb, (doc) => {
      for (const block of projectDocument(doc).blocks) {
        let covered = '';
        for (const span of block.spans) {
          const node = nodeAt(doc, span.path);
          assert.equal(block.text.slice(span.start, span.end), span.kind === 'text' ? node?.text : '\n');
          covered += block.text.slice(span.start, span.end);
        }
        assert.equal(covered, block.text);
      }
    }), { numRuns: NUM_RUNS });
  });

  it('findings slice out of their block, never cross an inline node, and find every split value whole', () => {
    fc.assert(fc.property(documentArb, (doc) => {
      const blocks = new Map(projectDocument(doc).blocks.map((b) => [b.path, b]));
      const findings = scanDocument(doc, { policy: ADF_TEST_POLICY }).filter((f) => f.where === 'text');
      for (const f of findings) {
        const block = blocks.get(f.path);
        assert.ok(block, f.path);
        assert.equal(block.text.slice(f.start, f.end), f.text);
        assert.ok(!block.boundaries.some((b) => f.start < b && b < f.end), `${f.text} crosses an inline node`);
      }
      for (const block of blocks.values()) {
        for (const value of PHI) {
          for (let at = block.text.indexOf(value); at !== -1; at = block.text.indexOf(value, at + 1)) {
            assert.ok(findings.some((f) => f.path === block.path && f.start === at && f.end === at + value.length), `${value} in ${block.path}`);
          }
        }
      }
    }), { numRuns: NUM_RUNS });
  });
});
