/**
 * Where a document finding sits in the stored document: the text nodes (or the attribute value) and
 * the character range in each. Atlassian's redaction APIs address text this way (an ADF pointer to a
 * string plus from/to), and a value split across bold and plain text is two ranges.
 */
import { projectDocument } from './project';
import type { DocumentFinding } from './scan-document';
import type { AdfNode } from './types';

export interface TextRange {
  /** JSON pointer to a string in the document ("/content/0/content/1/text"). */
  readonly pointer: string;
  readonly from: number;
  readonly to: number;
  /** The characters in that range (for hashing; never logged or stored). */
  readonly text: string;
}

export function findingRanges(doc: AdfNode, findings: readonly DocumentFinding[]): TextRange[] {
  const projection = projectDocument(doc);
  const ranges: TextRange[] = [];
  for (const f of findings) {
    if (f.where === 'attribute') {
      const attribute = projection.attributes.find((a) => a.path === f.path);
      if (attribute) ranges.push({ pointer: f.path, from: f.start, to: f.end, text: attribute.text.slice(f.start, f.end) });
      continue;
    }
    const block = projection.blocks.find((b) => b.path === f.path);
    for (const span of block?.spans ?? []) {
      if (span.kind !== 'text' || span.end <= f.start || span.start >= f.end) continue;
      const from = Math.max(f.start, span.start) - span.start;
      const to = Math.min(f.end, span.end) - span.start;
      const text = (block?.text ?? '').slice(span.start + from, span.start + to);
      ranges.push({ pointer: `${span.path}/text`, from, to, text });
    }
  }
  return ranges;
}
