/**
 * Redaction in place (style §2.7): a new document in which each finding's characters are replaced by
 * its token, and nothing else changes.
 *
 * - Text: the token takes the marks of the match's first character (so a code-marked value stays
 *   exactly [code], which keeps ADF's "code combines only with link" rule); the rest of the match is
 *   cut from the following text nodes; a text node left empty is dropped (ADF forbids "text": "").
 *   Hard breaks inside a match stay: they carry no value and keep the lines as they were.
 * - A link whose href holds PHI loses its link mark on every text node of that link (dev case C36);
 *   the visible text stays and is redacted only where it holds PHI itself.
 * - Other attribute values (card URLs, expand titles, status text, media alt, macro parameters) are
 *   redacted inside the attribute.
 * - A date node reported as a DATE becomes a text node holding the token: a timestamp attribute cannot
 *   hold a token and still render as a date.
 * - A smart-link card (inlineCard, blockCard, embedCard) whose URL holds PHI becomes the token as text
 *   (a block card: a paragraph holding it): "[URL]" in its url attribute is no URL, and Jira or
 *   Confluence may reject the write or render a broken link.
 * - Mentions are never rewritten: they point at users, not patients.
 *
 * Untouched subtrees are reused as they are (ADF types here are readonly; nothing writes to them), so
 * text, marks, attrs and key order outside the matches stay byte-identical, and a 1 MB document is
 * redacted without copying it. Every node on the way to an edit, and the document itself, is new.
 *
 * Hand-written rather than on adf-utils `traverse`: edits are addressed by JSON pointer, and
 * traverse's visitors receive copies without their index path.
 */
import type { TokenStyle } from '../policy/schema';
import { tokenFor } from '../redact/operators';
import { MAX_PASSES, redactText } from '../redact/text';
import type { ScanOptions } from '../scan';
import { childPointer, getAt, splitPointer } from './pointer';
import { linkKey, nodeAt, projectDocument, type TextBlock } from './project';
import { DATE_NODE_DETECTOR, isRewritable, scanDocument, type DocumentFinding } from './scan-document';
import type { AdfMark, AdfNode } from './types';

interface Cut {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

interface Plan {
  /** Block pointer -> cuts per child index (offsets inside that text node). */
  readonly textCuts: Map<string, Map<number, Cut[]>>;
  /** Attribute value pointer -> its redacted value. */
  readonly attributes: Map<string, string>;
  /** Pointers of nodes whose link mark is removed. */
  readonly unlinked: Set<string>;
  /** Date and card node pointer -> the token that replaces the node. */
  readonly nodeTokens: Map<string, string>;
  /** Every pointer on the way to an edit: subtrees outside it are returned as they are. */
  readonly touched: Set<string>;
}

const HREF = /^(.*)\/marks\/(\d+)\/attrs\/href$/;
const DATE_TIMESTAMP = /^(.*)\/attrs\/timestamp$/;
const CARD_URL = /^(.*)\/attrs\/url$/;
const CARD_TYPES: ReadonlySet<string> = new Set(['inlineCard', 'blockCard', 'embedCard']);

export function redactDocument(doc: AdfNode, findings: readonly DocumentFinding[], style: TokenStyle, secret: string): AdfNode {
  const plan = planEdits(doc, findings, style, secret);
  return { ...rebuildNode(doc, '', plan) };
}

/**
 * Scans and redacts until a scan finds nothing but mentions, as redactTextStable does for text: a
 * token can change what is around a value, so a second pass may find what the first could not. Each
 * pass's findings are returned with paths and offsets into the document that pass scanned.
 */
export function redactDocumentStable(
  doc: AdfNode, options: ScanOptions & { readonly style: TokenStyle; readonly secret: string },
): { readonly doc: AdfNode; readonly passes: readonly (readonly DocumentFinding[])[] } {
  const passes: DocumentFinding[][] = [];
  let current = doc;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const findings = scanDocument(current, options);
    if (!findings.some(isRewritable)) break;
    passes.push(findings);
    current = redactDocument(current, findings, options.style, options.secret);
  }
  return { doc: current, passes };
}

function touch(plan: Plan, pointer: string): void {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    plan.touched.add(p);
    if (p === '') return;
  }
}

function planEdits(doc: AdfNode, findings: readonly DocumentFinding[], style: TokenStyle, secret: string): Plan {
  const plan: Plan = { textCuts: new Map(), attributes: new Map(), unlinked: new Set(), nodeTokens: new Map(), touched: new Set() };
  const blocks = new Map(projectDocument(doc).blocks.map((b) => [b.path, b]));
  const textFindings = new Map<string, DocumentFinding[]>();
  const attributeFindings = new Map<string, { value: string; found: DocumentFinding[] }>();

  for (const f of findings) {
    if (!isRewritable(f)) continue;
    // Arrays grown in place: a pasted export puts tens of thousands of findings in one block, and a
    // copy per finding made redaction quadratic (20,000 SSNs in one paragraph took 10 s).
    if (f.where === 'text') {
      const listed = textFindings.get(f.path);
      if (listed) listed.push(f);
      else textFindings.set(f.path, [f]);
      continue;
    }
    const value = getAt(doc, f.path);
    if (typeof value !== 'string' || value.slice(f.start, f.end) !== f.text) {
      throw new Error(`finding ${f.detector} does not match the document at ${f.path}`);
    }
    const date = f.detector === DATE_NODE_DETECTOR ? DATE_TIMESTAMP.exec(f.path) : null;
    const card = CARD_URL.exec(f.path)?.[1];
    const unlink = linkRun(doc, f.path);
    if (date?.[1] !== undefined) {
      plan.nodeTokens.set(date[1], tokenFor(style, f, secret));
      touch(plan, date[1]);
    } else if (card !== undefined && CARD_TYPES.has(nodeAt(doc, card)?.type ?? '')) {
      plan.nodeTokens.set(card, tokenFor(style, f, secret));
      touch(plan, card);
    } else if (unlink) {
      for (const node of unlink) { plan.unlinked.add(node); touch(plan, node); }
    } else {
      const listed = attributeFindings.get(f.path);
      if (listed) listed.found.push(f);
      else attributeFindings.set(f.path, { value, found: [f] });
      touch(plan, f.path);
    }
  }

  for (const [path, { value, found }] of attributeFindings) plan.attributes.set(path, redactText(value, found, style, secret));

  for (const [path, found] of textFindings) {
    const block = blocks.get(path);
    if (!block) throw new Error(`no text block at ${path}`);
    plan.textCuts.set(path, cutsFor(block, found, style, secret));
    touch(plan, path);
  }
  return plan;
}

/**
 * Cuts per text node, in text order: the token where the match starts, and the rest of the match
 * removed. Findings and spans are both in text order, so one pass over each finds every overlap.
 */
function cutsFor(block: TextBlock, findings: readonly DocumentFinding[], style: TokenStyle, secret: string): Map<number, Cut[]> {
  const cuts = new Map<number, Cut[]>();
  const spans = block.spans;
  let first = 0; // no span before it ends after a finding still to come
  let done = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (block.text.slice(f.start, f.end) !== f.text) throw new Error(`finding ${f.detector} does not match the text at ${f.path}`);
    if (f.start < done) continue; // overlapping findings never come from one scan; keep the first
    done = f.end;
    while (first < spans.length && (spans[first]?.end ?? 0) <= f.start) first += 1;
    let token: string | undefined = tokenFor(style, f, secret);
    for (let k = first; k < spans.length; k += 1) {
      const span = spans[k];
      if (!span || span.start >= f.end) break;
      if (span.kind !== 'text' || span.end <= f.start) continue;
      const cut = { from: Math.max(f.start, span.start) - span.start, to: Math.min(f.end, span.end) - span.start, insert: token ?? '' };
      const listed = cuts.get(span.index);
      if (listed) listed.push(cut);
      else cuts.set(span.index, [cut]);
      token = undefined;
    }
  }
  return cuts;
}

/**
 * When `pointer` is the href of a link mark, the pointers of the node carrying it and of its neighbours
 * that carry the same link (one link split by other marks: bold "Open " + plain "chart").
 */
function linkRun(doc: AdfNode, pointer: string): string[] | undefined {
  const match = HREF.exec(pointer);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  const nodePath = match[1];
  const node = nodeAt(doc, nodePath);
  if (node?.marks?.[Number(match[2])]?.type !== 'link') return undefined;
  const [parentPath, indexToken] = splitPointer(nodePath);
  const siblings = parentPath.endsWith('/content') ? nodeAt(doc, parentPath.slice(0, -'/content'.length))?.content : undefined;
  if (!siblings) return [nodePath];
  const key = linkKey(node.marks);
  let first = Number(indexToken);
  let last = first;
  while (first > 0 && linkKey(siblings[first - 1]?.marks) === key) first -= 1;
  while (last + 1 < siblings.length && linkKey(siblings[last + 1]?.marks) === key) last += 1;
  const run: string[] = [];
  for (let i = first; i <= last; i += 1) run.push(childPointer(parentPath, i));
  return run;
}

function rebuildNode(node: AdfNode, path: string, plan: Plan): AdfNode {
  if (!plan.touched.has(path)) return node;
  const token = plan.nodeTokens.get(path);
  if (token !== undefined) {
    const tokenText = { type: 'text', text: token };
    return node.type === 'blockCard' || node.type === 'embedCard' ? { type: 'paragraph', content: [tokenText] } : tokenText;
  }

  const attrsPath = childPointer(path, 'attrs');
  const attrs = node.attrs && plan.touched.has(attrsPath) ? rebuildRecord(node.attrs, attrsPath, plan) : node.attrs;
  const content = node.content ? rebuildContent(node.content, path, plan) : undefined;
  const marks = node.marks ? rebuildMarks(node.marks, path, plan) : undefined;
  // Spreading the node first keeps its keys in their original order.
  const next = { ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}), ...(marks ? { marks } : {}) };
  if (marks?.length !== 0) return next;
  const { marks: _empty, ...unmarked } = next; // an emptied marks array is dropped, as ADF writers do
  return unmarked;
}

function rebuildMarks(marks: readonly AdfMark[], nodePath: string, plan: Plan): AdfMark[] {
  const out: AdfMark[] = [];
  marks.forEach((mark, k) => {
    if (mark.type === 'link' && plan.unlinked.has(nodePath)) return;
    const attrsPath = childPointer(nodePath, 'marks', k, 'attrs');
    out.push(mark.attrs && plan.touched.has(attrsPath) ? { ...mark, attrs: rebuildRecord(mark.attrs, attrsPath, plan) } : mark);
  });
  return out;
}

function rebuildContent(content: readonly AdfNode[], path: string, plan: Plan): AdfNode[] {
  const children = content.map((child, i) => rebuildNode(child, childPointer(path, 'content', i), plan));
  const cuts = plan.textCuts.get(path);
  if (!cuts) return children;
  const out: AdfNode[] = [];
  children.forEach((child, i) => {
    const nodeCuts = cuts.get(i);
    if (!nodeCuts || typeof child.text !== 'string') { out.push(child); return; }
    const text = applyCuts(child.text, nodeCuts);
    if (text !== '') out.push({ ...child, text });
  });
  return out;
}

/** `text` with its cuts (ascending, not overlapping: cutsFor's order) applied, in one pass. */
function applyCuts(text: string, cuts: readonly Cut[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    parts.push(text.slice(at, cut.from), cut.insert);
    at = cut.to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function rebuildRecord(record: object, pointer: string, plan: Plan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = rebuildValue(value, childPointer(pointer, key), plan);
  return out;
}

function rebuildValue(value: unknown, pointer: string, plan: Plan): unknown {
  if (!plan.touched.has(pointer)) return value;
  const redacted = plan.attributes.get(pointer);
  if (redacted !== undefined) return redacted;
  if (Array.isArray(value)) return value.map((v, i) => rebuildValue(v, childPointer(pointer, i), plan));
  if (typeof value === 'object' && value !== null) return rebuildRecord(value, pointer, plan);
  return value;
}
