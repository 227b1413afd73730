/**
 * Property tests of the ADF layer (issue 3): over generated documents (random nesting of paragraphs,
 * headings, code blocks, lists, tables, panels, expands, blockquotes; marks, mentions, emojis, hard breaks)
 * with PHI values split across random mark boundaries, redaction
 *   - leaves no PHI in any block or attribute,
 *   - keeps everything outside the matches (document skeleton, every other character with its marks,
 *     every non-text inline node), the token carrying the marks of the match's first character,
 *   - yields valid ADF (the JSON schema of @atlaskit/adf-schema),
 *   - is idempotent (nothing left to find, redacting again changes nothing).
 * PHONE and EMAIL come from the test policy's site detectors, SSN from the built-in one, so the
 * properties test this layer and not the state of other detectors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { projectDocument, redactDocument, scanDocument, type AdfNode, type DocumentFinding } from '../../src/core/adf';
import { nodeAt } from '../../src/core/adf/project';
import { tokenFor } from '../../src/core/redact/operators';
import { adfSchemaErrors } from '../support/adf-schema';
import { ADF_TEST_POLICY } from '../support/adf-policy';
import { PHI, documentArb } from '../support/adf-arbitraries';

const SECRET = 'property-secret';
const NUM_RUNS = 100;

// ---- oracles ------------------------------------------------------------------------------------

const scan = (doc: AdfNode): DocumentFinding[] =>
  scanDocument(doc, { policy: ADF_TEST_POLICY }).filter((f) => f.detector !== 'adf-mention');

/** The generator's inline node types: a node holding one of them is a text block. */
const INLINE = new Set(['text', 'hardBreak', 'mention', 'emoji']);
const isTextBlock = (node: AdfNode): boolean => node.content?.some((c) => INLINE.has(c.type)) === true;

/** The document with every text block's content removed: what must not change at all. */
function skeleton(node: AdfNode): unknown {
  if (isTextBlock(node)) return { ...node, content: [] };
  return node.content ? { ...node, content: node.content.map(skeleton) } : node;
}

/** A text block's content as a sequence: one entry per character (with its marks), one per other node. */
interface Unit { readonly key: string; readonly offset?: number }

function units(block: AdfNode): Unit[] {
  const out: Unit[] = [];
  let offset = 0;
  for (const child of block.content ?? []) {
    const marksKey = JSON.stringify(child.marks ?? []);
    if (child.type === 'text' && child.text !== undefined) {
      for (const ch of child.text) { out.push({ key: `${ch}|${marksKey}`, offset }); offset += ch.length; }
    } else if (child.type === 'hardBreak') {
      out.push({ key: `\n|${marksKey}`, offset }); offset += 1;
    } else out.push({ key: JSON.stringify(child) });
  }
  return out;
}

/** What redaction must turn a block's units into: each match's characters become its token, in the first character's marks. */
function expectedUnits(block: AdfNode, findings: readonly DocumentFinding[]): string[] {
  const out: string[] = [];
  for (const u of units(block)) {
    const f = u.offset === undefined ? undefined : findings.find((x) => u.offset !== undefined && u.offset >= x.start && u.offset < x.end);
    if (!f) { out.push(u.key); continue; }
    if (u.offset === f.start) {
      const marksKey = u.key.slice(u.key.indexOf('|') + 1);
      for (const ch of tokenFor('label', f, SECRET)) out.push(`${ch}|${marksKey}`);
    }
  }
  return out;
}

// ---- properties ---------------------------------------------------------------------------------

describe('ADF redaction properties', () => {
  it('removes every PHI value, changes nothing else, yields valid ADF and leaves its input alone', () => {
    fc.assert(fc.property(documentArb, (doc) => {
      assert.equal(adfSchemaErrors(doc), undefined, 'the generator makes valid ADF');
      const before = JSON.stringify(doc);
      const findings = scan(doc);
      const redacted = redactDocument(doc, findings, 'label', SECRET);
      assert.equal(JSON.stringify(doc), before, 'input not mutated');
      assert.equal(adfSchemaErrors(redacted), undefined);

      const { blocks, attributes } = projectDocument(redacted);
      for (const text of [...blocks.map((b) => b.text), ...attributes.map((a) => a.text)]) {
        for (const value of PHI) assert.ok(!text.includes(value), `${value} left in ${JSON.stringify(text)}`);
      }

      assert.deepEqual(skeleton(redacted), skeleton(doc));
      for (const block of projectDocument(doc).blocks) {
        const original = nodeAt(doc, block.path);
        const after = nodeAt(redacted, block.path);
        assert.ok(original && after, block.path);
        const mine = findings.filter((f) => f.where === 'text' && f.path === block.path);
        assert.deepEqual(units(after).map((u) => u.key), expectedUnits(original, mine), block.path);
      }
    }), { numRuns: NUM_RUNS });
  });

  it('is idempotent for every token style', () => {
    fc.assert(fc.property(documentArb, fc.constantFrom('label', 'mask', 'last4', 'pseudonym' as const), (doc, style) => {
      const once = redactDocument(doc, scan(doc), style, SECRET);
      const again = scan(once);
      assert.deepEqual(again.map((f) => [f.type, f.text]), []);
      assert.deepEqual(redactDocument(once, again, style, SECRET), once);
    }), { numRuns: NUM_RUNS });
  });
});
