/** Projection: block text, boundaries, header context and the attribute list, per document shape. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  blockCard, date, doc, em, emoji, expand, hardBreak, inlineCard, layoutColumn, layoutSection, link, mention,
  p, status, strong, tableCell, tableHeader, tableRow, text, codeBlock, taskList, taskItem,
  decisionList, decisionItem, bulletList, listItem, blockQuote, heading,
} from '@atlaskit/adf-utils/builders';
import { AdfDocumentSchema, projectDocument } from '../../../src/core/adf';

const parse = (value: unknown) => AdfDocumentSchema.parse(value);
/** A doc of any nodes: the `doc` builder only takes schema-typed children. */
const docOf = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
/** The panel builder wants the PanelType enum; plain JSON reads better here. */
const panel = (panelType: string) => (...content: unknown[]) => ({ type: 'panel', attrs: { panelType }, content });

describe('projectDocument: blocks', () => {
  const cases: Array<{ name: string; doc: unknown; blocks: Array<[path: string, text: string, boundaries?: number[], outside?: string]> }> = [
    {
      name: 'text nodes join in order whatever their marks; hardBreak reads as a newline',
      doc: doc(p(text('SSN '), strong('412-58-'), em('7391'), hardBreak(), text('next line'))),
      blocks: [['/content/0', 'SSN 412-58-7391\nnext line', []]],
    },
    {
      name: 'other inline nodes read as nothing and are boundaries',
      doc: doc(p(mention({ id: 'u1', text: '@Ann Lee' }), text('call '), emoji({ shortName: ':x:' }), text('now'))),
      blocks: [['/content/0', 'call now', [0, 5]]],
    },
    {
      name: 'every block of every container is its own block',
      doc: docOf(
        heading({ level: 2 })(text('Title')),
        panel('info')(p('in panel')),
        blockQuote(p('quoted')),
        expand({ title: 'More' })(p('inside expand')),
        bulletList(listItem([p('item one'), bulletList(listItem([p('nested')]))])),
        codeBlock({ language: 'json' })(text('{"a":1}')),
        layoutSection()([layoutColumn({ width: 50 })([p('left')]), layoutColumn({ width: 50 })([p('right')])]),
        taskList({ localId: 't' })(taskItem({ localId: 't1', state: 'TODO' })(text('call back'))),
        decisionList({ localId: 'd' })(decisionItem({ localId: 'd1', state: 'DECIDED' })(text('admit'))),
      ),
      blocks: [
        ['/content/0', 'Title'], ['/content/1/content/0', 'in panel'], ['/content/2/content/0', 'quoted'],
        ['/content/3/content/0', 'inside expand'], ['/content/4/content/0/content/0', 'item one'],
        ['/content/4/content/0/content/1/content/0/content/0', 'nested'], ['/content/5', '{"a":1}'],
        ['/content/6/content/0/content/0', 'left'], ['/content/6/content/1/content/0', 'right'],
        ['/content/7/content/0', 'call back'], ['/content/8/content/0', 'admit'],
      ],
    },
    {
      name: 'table cells are separate blocks with their column and row headers as outside context',
      doc: docOf({ type: 'table', content: [
        tableRow([tableHeader({})(p('Name')), tableHeader({ colspan: 2 })(p('DOB'))]),
        { type: 'tableRow', content: [tableHeader({})(p('Row A')), tableCell({})(p('518')), tableCell({})(p('22'))] },
      ] }),
      blocks: [
        ['/content/0/content/0/content/0/content/0', 'Name', [], undefined],
        ['/content/0/content/0/content/1/content/0', 'DOB', [], undefined],
        ['/content/0/content/1/content/0/content/0', 'Row A', [], undefined],
        ['/content/0/content/1/content/1/content/0', '518', [], 'DOB\nRow A'],
        ['/content/0/content/1/content/2/content/0', '22', [], 'DOB\nRow A'],
      ],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { blocks } = projectDocument(parse(c.doc));
      assert.deepEqual(blocks.map((b) => [b.path, b.text]), c.blocks.map(([path, t]) => [path, t]));
      c.blocks.forEach(([, , boundaries, outside], i) => {
        if (boundaries) assert.deepEqual(blocks[i]?.boundaries, boundaries);
        if (c.blocks[i]?.length === 4) assert.equal(blocks[i]?.outsideContext, outside);
      });
    });
  }

  it('maps block offsets back to the text nodes', () => {
    const { blocks } = projectDocument(parse(doc(p(text('ab'), hardBreak(), strong('cd')))));
    assert.deepEqual(blocks[0]?.spans, [
      { start: 0, end: 2, path: '/content/0/content/0', index: 0, kind: 'text' },
      { start: 2, end: 3, path: '/content/0/content/1', index: 1, kind: 'hardBreak' },
      { start: 3, end: 5, path: '/content/0/content/2', index: 2, kind: 'text' },
    ]);
  });
});

describe('projectDocument: attributes', () => {
  const cases: Array<{ name: string; doc: unknown; attributes: Array<[path: string, role: string, text: string]> }> = [
    {
      name: 'link href and title, once per link even when the link spans several text nodes',
      doc: doc(p(link({ href: 'https://a.example.org/x', title: 'Chart' })(strong('Open ')), link({ href: 'https://a.example.org/x', title: 'Chart' })('chart'))),
      attributes: [
        ['/content/0/content/0/marks/1/attrs/href', 'scan', 'https://a.example.org/x'],
        ['/content/0/content/0/marks/1/attrs/title', 'scan', 'Chart'],
      ],
    },
    {
      name: 'cards, status, expand title; mentions and dates with their own roles',
      doc: doc(
        expand({ title: 'Pt details' })(p(
          inlineCard({ url: 'https://x.example.org/1' }), mention({ id: 'u', text: '@Ann' }),
          text('DOB '), date({ timestamp: '-660096000000' }), status({ text: 'DONE', color: 'green', localId: 's' }),
        )),
        blockCard({ url: 'https://x.example.org/2' }),
      ),
      attributes: [
        ['/content/0/attrs/title', 'scan', 'Pt details'],
        ['/content/0/content/0/content/0/attrs/url', 'scan', 'https://x.example.org/1'],
        ['/content/0/content/0/content/1/attrs/text', 'mention', '@Ann'],
        ['/content/0/content/0/content/3/attrs/timestamp', 'date', '-660096000000'],
        ['/content/0/content/0/content/4/attrs/text', 'scan', 'DONE'],
        ['/content/1/attrs/url', 'scan', 'https://x.example.org/2'],
      ],
    },
    {
      name: 'unknown nodes and marks: every string attribute but localId, nested values included',
      doc: {
        type: 'doc', version: 1, content: [
          { type: 'futureWidget', attrs: { localId: 'x', label: 'Pt Jo', config: { notes: ['a', 'b'] }, size: 3 } },
          { type: 'paragraph', content: [{ type: 'text', text: 't', marks: [{ type: 'futureMark', attrs: { note: 'n' } }] }] },
        ],
      },
      attributes: [
        ['/content/0/attrs/label', 'scan', 'Pt Jo'],
        ['/content/0/attrs/config/notes/0', 'scan', 'a'],
        ['/content/0/attrs/config/notes/1', 'scan', 'b'],
        ['/content/1/content/0/marks/0/attrs/note', 'scan', 'n'],
      ],
    },
    {
      name: 'structural attributes are not scanned',
      doc: docOf(heading({ level: 1 })(text('h')), panel('warning')(p('x')), p(emoji({ shortName: ':smile:', id: '1f604', text: '😄' }))),
      attributes: [],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { attributes } = projectDocument(parse(c.doc));
      assert.deepEqual(attributes.map((a) => [a.path, a.role, a.text]), c.attributes);
    });
  }

  it('gives a date node the block text around it as context', () => {
    const { attributes } = projectDocument(parse(doc(p(text('DOB: '), date({ timestamp: '0' }), text(' confirmed')))));
    assert.match(attributes[0]?.context ?? '', /^DOB: {3}confirmed$/);
  });
});

describe('key-value tables', () => {
  // Regression: only a tableHeader opening a row labelled it, so "DOB | 03/08/1949" with plain cells
  // (how Confluence key-value tables are usually built) gave the date no context.
  it('gives a cell its row\'s first cell as context, header or not', () => {
    const kv = { type: 'doc', version: 1, content: [{ type: 'table', attrs: {}, content: [
      { type: 'tableRow', content: [
        { type: 'tableCell', attrs: {}, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'DOB' }] }] },
        { type: 'tableCell', attrs: {}, content: [{ type: 'paragraph', content: [{ type: 'text', text: '03/08/1949' }] }] },
      ] },
    ] }] };
    const block = projectDocument(kv).blocks.find((b) => b.text === '03/08/1949');
    assert.equal(block?.outsideContext, 'DOB');
  });
});
