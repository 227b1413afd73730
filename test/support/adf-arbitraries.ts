/**
 * fast-check generators of valid ADF documents for the property tests: random nesting of paragraphs,
 * headings, code blocks, lists, tables, panels, expands and blockquotes, with marks, mentions, emojis and
 * hard breaks, and PHI values split across random mark boundaries.
 */
import fc from 'fast-check';
import { AdfDocumentSchema } from '../../src/core/adf';

/** A valid SSN, a phone and an e-mail address (synthetic: 555-01XX, example.org). */
export const PHI = ['412-58-7391', '(312) 555-0142', 'a.rivera@example.org'] as const;

type Json = Record<string, unknown>;

const word = fc.constantFrom('note', 'the', 'follow', 'up', 'with', 'ward', 'team', 'review', 'plan', 'see', 'and', 'later');
/** Lower-case filler, space on both sides, so a PHI value next to it stands alone. */
const filler = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ` ${ws.join(' ')} `);

const formatting = fc.subarray(['strong', 'em', 'underline', 'strike']).map((ts): Json[] => ts.map((type) => ({ type })));
/** Mark sets ADF allows: formatting (with or without a link), code alone (it combines only with link), a colour. */
const marks: fc.Arbitrary<readonly Json[]> = fc.oneof(
  formatting,
  fc.constant([{ type: 'code' }]),
  fc.constant([{ type: 'textColor', attrs: { color: '#ff5630' } }]),
  formatting.map((m) => [...m, { type: 'link', attrs: { href: 'https://docs.example.com/runbook' } }]),
);

const textNode = (text: string, m: readonly Json[]): Json => (m.length > 0 ? { type: 'text', text, marks: m } : { type: 'text', text });

/** A PHI value cut at 0-3 random points, each piece with its own marks. */
const splitPhi = fc.constantFrom(...PHI).chain((value) =>
  fc.uniqueArray(fc.integer({ min: 1, max: value.length - 1 }), { maxLength: 3 }).chain((cuts) => {
    const at = [0, ...[...cuts].sort((a, b) => a - b), value.length];
    const pieces = at.slice(1).map((end, i) => value.slice(at[i], end));
    return fc.tuple(...pieces.map((piece) => marks.map((m) => textNode(piece, m))));
  }));

const mention = fc.constant({ type: 'mention', attrs: { id: '5b10a2844c20165700ede21g', text: '@Jordan Pike', accessLevel: '' } });
const emoji = fc.constant({ type: 'emoji', attrs: { shortName: ':smile:', id: '1f604', text: '😄' } });
const hardBreak = fc.constant({ type: 'hardBreak' });

const inlineItem: fc.Arbitrary<Json[]> = fc.oneof(
  { arbitrary: splitPhi, weight: 3 },
  { arbitrary: mention.map((n) => [n]), weight: 1 },
  { arbitrary: emoji.map((n) => [n]), weight: 1 },
  { arbitrary: hardBreak.map((n) => [n]), weight: 1 },
);

/** filler (item filler)*: PHI never touches another value or an inline node without a space between. */
const inline = fc.tuple(filler, fc.array(fc.tuple(inlineItem, filler), { maxLength: 3 })).map(([first, rest]) => [
  textNode(first, []), ...rest.flatMap(([items, f]) => [...items, textNode(f, [])]),
]);

const paragraph = inline.map((content) => ({ type: 'paragraph', content }));
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([level, content]) => ({ type: 'heading', attrs: { level }, content }));
const codeBlock = fc.tuple(filler, fc.constantFrom(...PHI), filler)
  .map((parts) => ({ type: 'codeBlock', attrs: { language: 'json' }, content: [{ type: 'text', text: parts.join('') }] }));

const { list } = fc.letrec<{ list: Json; item: Json }>((tie) => ({
  list: fc.tuple(fc.constantFrom('bulletList', 'orderedList'), fc.array(tie('item'), { minLength: 1, maxLength: 2 }))
    .map(([type, content]) => ({ type, content })),
  item: fc.tuple(paragraph, fc.option(tie('list'), { freq: 4, depthSize: 'small' }))
    .map(([p, nested]) => ({ type: 'listItem', content: nested ? [p, nested] : [p] })),
}));

const panel = fc.array(fc.oneof(paragraph, list), { minLength: 1, maxLength: 2 })
  .map((content) => ({ type: 'panel', attrs: { panelType: 'info' }, content }));
const blockquote = fc.array(fc.oneof(paragraph, list), { minLength: 1, maxLength: 2 }).map((content) => ({ type: 'blockquote', content }));
const cellContent = fc.array(fc.oneof(paragraph, heading, list, panel), { minLength: 1, maxLength: 2 });
const table = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }), fc.boolean()).chain(([rows, cols, withHeader]) =>
  fc.array(fc.array(cellContent, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }).map((grid) => ({
    type: 'table', attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: grid.map((cells, r) => ({
      type: 'tableRow',
      content: cells.map((content) => ({ type: r === 0 && withHeader ? 'tableHeader' : 'tableCell', attrs: {}, content })),
    })),
  })));
const expand = fc.tuple(fc.array(fc.oneof(paragraph, list, panel, table), { minLength: 1, maxLength: 2 }), filler)
  .map(([content, title]) => ({ type: 'expand', attrs: { title: title.trim() }, content }));

export const documentArb = fc.array(fc.oneof(paragraph, heading, codeBlock, list, panel, blockquote, table, expand), { minLength: 1, maxLength: 3 })
  .map((content) => AdfDocumentSchema.parse({ type: 'doc', version: 1, content }));
