/**
 * Projection: an ADF document as the text a person reads, block by block, with a way back (style §2.7).
 *
 * A block is any node whose content holds inline nodes: paragraph, heading, codeBlock, decisionItem,
 * taskItem, caption, and any newer or unknown node shaped the same way. Blockquotes, panels, expands,
 * layout columns, list items and table cells hold blocks, so their paragraphs are blocks in their own
 * right and a match never joins text across two blocks or two table cells.
 *
 * Block text is its text nodes joined in order, hardBreak read as "\n", other inline nodes read as nothing
 * (the dev-cases README definition, so offsets agree with it). Those other inline nodes (mention, emoji,
 * inlineCard, status, date, ...) are recorded as `boundaries`: the scanner scans the text between two
 * boundaries on its own, so "412-58-" @mention "7391" is never read as one SSN. Splitting at boundaries,
 * rather than inserting a separator character, keeps the guarantee independent of how any detector's
 * regex treats an unusual character.
 *
 * Attribute text a person typed (link href and title, card URLs, expand titles, media alt, status text,
 * placeholder text, macro parameters, every string of an unknown node or mark) is listed separately;
 * mentions and date nodes are listed with their own roles (see scan-document.ts).
 *
 * Hand-written rather than built on `@atlaskit/adf-utils/traverse`: traverse gives a visitor the parent
 * chain but not the index path, and findings need JSON pointers; table cells also need their column's
 * header, which a per-node visitor cannot see without a second pass.
 */
import { HARD_BREAK_TYPE, INLINE_TYPES, GENERATED_KEYS, TEXT_TYPE, scannedKeys } from './attrs';
import { DEFAULT_WINDOW } from '../score/context';
import { REDACTION_TOKEN } from '../redact/token-pattern';
import { childPointer } from './pointer';
import type { AdfMark, AdfNode } from './types';

/** A piece of block text that comes from one child of the block. */
export interface TextSpan {
  /** Offsets in the block text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Pointer to the text (or hardBreak) node. */
  readonly path: string;
  /** Index of that node in the block's content. */
  readonly index: number;
  readonly kind: 'text' | 'hardBreak';
}

export interface TextBlock {
  /** Pointer to the block node. */
  readonly path: string;
  readonly type: string;
  readonly text: string;
  readonly spans: readonly TextSpan[];
  /** Offsets where a non-text inline node sits, ascending; no match may cross one. */
  readonly boundaries: readonly number[];
  /** Context that is not the block's own text: a table cell's column and row headers. */
  readonly outsideContext?: string;
}

/**
 * `scan`: run the detectors over the value. `mention`: a user mention's display name (reported, never
 * rewritten). `date`: a date node's timestamp (a DATE only in clinical context, see scan-document.ts).
 */
export type AttributeRole = 'scan' | 'mention' | 'date';

export interface AttributeText {
  /** Pointer to the string value, e.g. "/content/0/content/1/marks/0/attrs/href". */
  readonly path: string;
  /** The node or mark type that holds it. */
  readonly owner: string;
  readonly role: AttributeRole;
  readonly text: string;
  /** Words around the value that count as context (link text, the block text around a date node). */
  readonly context?: string;
}

export interface Projection {
  readonly blocks: readonly TextBlock[];
  readonly attributes: readonly AttributeText[];
}

interface Walk {
  readonly blocks: TextBlock[];
  readonly attributes: AttributeText[];
}

/** Outside-context pieces joined one per line, blank ones left out. */
export const joinContext = (...parts: Array<string | undefined>): string | undefined => {
  const kept = parts.filter((p): p is string => p !== undefined && p.trim() !== '');
  return kept.length > 0 ? kept.join('\n') : undefined;
};

/** Projections of documents already seen: scanDocument and redactDocument on one document walk it once. */
const projections = new WeakMap<AdfNode, Projection>();

/** The document's blocks and attributes. The document is treated as immutable (its types are readonly). */
export function projectDocument(doc: AdfNode): Projection {
  let projection = projections.get(doc);
  if (!projection) {
    const out: Walk = { blocks: [], attributes: [] };
    walk(doc, '', undefined, out);
    projection = out;
    projections.set(doc, projection);
  }
  return projection;
}

const isTextBlock = (node: AdfNode): boolean => node.content?.some((c) => INLINE_TYPES.has(c.type)) ?? false;

function walk(node: AdfNode, path: string, outside: string | undefined, out: Walk, around?: string): void {
  collectNodeAttrs(node, path, outside, out, around);
  node.marks?.forEach((mark, k) => collectMarkAttrs(mark, childPointer(path, 'marks', k), undefined, out));
  if (!node.content) return;
  if (isTextBlock(node)) projectBlock(node, path, outside, out);
  else if (node.type === 'table') walkTable(node, path, outside, out);
  else node.content.forEach((child, i) => walk(child, childPointer(path, 'content', i), outside, out));
}

function collectNodeAttrs(node: AdfNode, path: string, outside: string | undefined, out: Walk, around?: string): void {
  const attrs = node.attrs;
  if (!attrs) return;
  const attrsPath = childPointer(path, 'attrs');
  if (node.type === 'mention') {
    if (typeof attrs.text === 'string' && attrs.text !== '') {
      out.attributes.push({ path: childPointer(attrsPath, 'text'), owner: 'mention', role: 'mention', text: attrs.text });
    }
    return;
  }
  if (node.type === 'date') {
    if (typeof attrs.timestamp === 'string' && attrs.timestamp !== '') {
      out.attributes.push({
        path: childPointer(attrsPath, 'timestamp'), owner: 'date', role: 'date', text: attrs.timestamp,
        context: joinContext(outside, around),
      });
    }
    return;
  }
  for (const key of scannedKeys(node.type, attrs)) {
    collectStrings(attrs[key], childPointer(attrsPath, key), node.type, outside, out);
  }
}

function collectMarkAttrs(mark: AdfMark, markPath: string, context: string | undefined, out: Walk): void {
  if (!mark.attrs) return;
  const attrsPath = childPointer(markPath, 'attrs');
  for (const key of scannedKeys(mark.type, mark.attrs)) {
    collectStrings(mark.attrs[key], childPointer(attrsPath, key), mark.type, context, out);
  }
}

/** Every non-blank string inside an attribute value (macro parameters nest objects and arrays). */
function collectStrings(value: unknown, path: string, owner: string, context: string | undefined, out: Walk): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') out.attributes.push({ path, owner, role: 'scan', text: value, context });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectStrings(v, childPointer(path, i), owner, context, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (!GENERATED_KEYS.has(k)) collectStrings(v, childPointer(path, k), owner, context, out);
    }
  }
}

/** Identifies a node's link (its attributes), so the text nodes of one link can be told apart from the next. */
export const linkKey = (marks: readonly AdfMark[] | undefined): string | undefined => {
  const link = marks?.find((m) => m.type === 'link');
  return link ? JSON.stringify(link.attrs ?? {}) : undefined;
};

/** The node at a pointer made of "/content/<i>" steps (the pointers projection hands out), if any. */
export function nodeAt(doc: AdfNode, pointer: string): AdfNode | undefined {
  const steps = pointer.split('/').slice(1);
  let node: AdfNode | undefined = doc;
  for (let i = 0; i < steps.length; i += 2) {
    if (steps[i] !== 'content') return undefined;
    node = node?.content?.[Number(steps[i + 1])];
  }
  return node;
}

function projectBlock(node: AdfNode, path: string, outside: string | undefined, out: Walk): void {
  let text = '';
  const spans: TextSpan[] = [];
  const boundaries: number[] = [];
  const others: Array<{ child: AdfNode; path: string; at: number }> = [];
  // One link split over adjacent text nodes (bold "Open " + plain "chart") is listed once, at its first
  // node; redact.ts removes a PHI link from that whole run of text nodes.
  let previousLink: string | undefined;

  (node.content ?? []).forEach((child, index) => {
    const childPath = childPointer(path, 'content', index);
    if (child.type === TEXT_TYPE && typeof child.text === 'string') {
      spans.push({ start: text.length, end: text.length + child.text.length, path: childPath, index, kind: 'text' });
      text += child.text;
      const link = linkKey(child.marks);
      child.marks?.forEach((mark, k) => {
        if (mark.type === 'link' && link === previousLink) return;
        collectMarkAttrs(mark, childPointer(childPath, 'marks', k), child.text, out);
      });
      previousLink = link;
    } else if (child.type === HARD_BREAK_TYPE) {
      spans.push({ start: text.length, end: text.length + 1, path: childPath, index, kind: 'hardBreak' });
      text += '\n';
      previousLink = undefined;
    } else {
      if (boundaries[boundaries.length - 1] !== text.length) boundaries.push(text.length);
      others.push({ child, path: childPath, at: text.length });
      previousLink = undefined;
    }
  });

  out.blocks.push({ path, type: node.type, text, spans, boundaries, ...(outside ? { outsideContext: outside } : {}) });
  // A date node's context is the text next to it, up to the neighbouring inline nodes: in
  // "DOB <date> due <date>" the second date reads " due ", not "DOB". A typed date or a redaction token
  // ends it too: "(DOB 03/08/1949) by <date>" is a task's due date, and once the first date node of
  // "DOB <date> due <date>" is the text "[DATE]" the second must still not read "DOB".
  others.forEach((o, i) => {
    const from = Math.max(others[i - 1]?.at ?? 0, o.at - DEFAULT_WINDOW.before);
    const to = Math.min(others[i + 1]?.at ?? text.length, o.at + DEFAULT_WINDOW.after);
    walk(o.child, o.path, outside, out, `${afterLastValue(text.slice(from, o.at))} ${beforeFirstValue(text.slice(o.at, to))}`);
  });
}

/** A typed date ("03/08/1949", "1949-03-08") or one of our redaction tokens: a value that owns the words beside it. */
const VALUE = new RegExp(`\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|${REDACTION_TOKEN.source}`, 'g');
const afterLastValue = (before: string): string => {
  let cut = 0;
  for (const m of before.matchAll(VALUE)) cut = m.index + m[0].length;
  return before.slice(cut);
};
const beforeFirstValue = (after: string): string => {
  const at = after.search(VALUE);
  return at < 0 ? after : after.slice(0, at);
};

/** All text under a node, blocks separated by a space: a header cell's label. */
export function plainText(node: AdfNode): string {
  if (node.type === TEXT_TYPE) return node.text ?? '';
  return (node.content ?? []).map(plainText).filter((t) => t !== '').join(' ');
}

const spanAttr = (cell: AdfNode, key: 'colspan' | 'rowspan'): number => {
  const span = cell.attrs?.[key];
  return typeof span === 'number' && span >= 1 ? Math.floor(span) : 1;
};

/** How much of a row's first cell counts as the row's label. */
const ROW_LABEL_CHARS = 40;

/**
 * Tables: each cell is walked with its column header (a tableHeader in the first row) and its row label
 * (the cell opening the row) as outside context, so "DOB" above or beside "1949-03-08" counts. Columns
 * follow colspan and rowspan: a cell spanning rows below ("R. Thistlewood" over two rows of visits)
 * takes their first column, and labels them, so the cells after it are read under their own headers.
 */
function walkTable(table: AdfNode, path: string, outside: string | undefined, out: Walk): void {
  const rows = table.content ?? [];
  const columnHeaders: string[] = [];
  let column = 0;
  for (const cell of rows[0]?.content ?? []) {
    const label = cell.type === 'tableHeader' ? plainText(cell) : '';
    const colspan = spanAttr(cell, 'colspan');
    for (let k = 0; k < colspan; k += 1) columnHeaders[column + k] = label;
    column += colspan;
  }

  // Per column, the rows still covered by a cell of an earlier row, and that cell's text.
  let covered: Array<{ rows: number; text: string } | undefined> = [];
  rows.forEach((row, r) => {
    const rowPath = childPointer(path, 'content', r);
    if (row.type !== 'tableRow') { walk(row, rowPath, outside, out); return; }
    collectNodeAttrs(row, rowPath, outside, out);
    // The row's first column labels the row, header or not: key-value tables ("DOB | 03/08/1949") put
    // their keys in plain cells. Only its start counts, so a long first cell cannot flood the context.
    const first = row.content?.[0];
    const rowHeader = (covered[0]?.text ?? (first ? plainText(first) : undefined))?.slice(0, ROW_LABEL_CHARS);
    const next: typeof covered = covered.map((c) => (c && c.rows > 1 ? { rows: c.rows - 1, text: c.text } : undefined));
    let col = 0;
    (row.content ?? []).forEach((cell, c) => {
      while (covered[col]) col += 1;
      const isHeader = cell.type === 'tableHeader';
      const context = joinContext(
        outside,
        r > 0 && !isHeader ? columnHeaders[col] : undefined,
        (c > 0 || col > 0) && !isHeader ? rowHeader : undefined,
      );
      walk(cell, childPointer(rowPath, 'content', c), context, out);
      const colspan = spanAttr(cell, 'colspan');
      const rowspan = spanAttr(cell, 'rowspan');
      if (rowspan > 1) {
        const text = plainText(cell);
        for (let k = 0; k < colspan; k += 1) next[col + k] = { rows: rowspan - 1, text };
      }
      col += colspan;
    });
    covered = next;
  });
}
