/**
 * scanDocument: values split across marks are found, values split by inline nodes or by cells are not,
 * header context counts, attributes are scanned, mentions and date nodes get their own rules.
 * PHONE/EMAIL/URL come from the test policy's site detectors (test/support/adf-policy.ts); SSN is built in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { date, doc, em, emoji, expand, hardBreak, inlineCard, link, mention, p, status, strong, table, tableCell, tableHeader, tableRow, text } from '@atlaskit/adf-utils/builders';
import { AdfDocumentSchema, isRewritable, redactDocumentStable, scanDocument } from '../../../src/core/adf';
import { ADF_TEST_POLICY } from '../../support/adf-policy';

const scan = (value: unknown) => scanDocument(AdfDocumentSchema.parse(value), { policy: ADF_TEST_POLICY })
  .map((f) => ({ type: f.type, text: f.text, path: f.path, where: f.where, start: f.start, end: f.end, detector: f.detector }));

/** Day of 1949-03-08 00:00 UTC, as a date node stores it. */
const DOB_TIMESTAMP = String(Date.UTC(1949, 2, 8));

describe('scanDocument', () => {
  const cases: Array<{ name: string; doc: unknown; expect: Array<Partial<ReturnType<typeof scan>[number]>> }> = [
    {
      name: 'an SSN typed as bold "412-58-" then plain "7391" is one finding, offsets in block text',
      doc: doc(p(text('SSN '), strong('412-58-'), text('7391'))),
      expect: [{ type: 'SSN', text: '412-58-7391', path: '/content/0', where: 'text', start: 4, end: 15 }],
    },
    {
      name: 'a phone split over three marks',
      doc: doc(p(text('call '), em('(312) '), strong('555-'), text('0142 today'))),
      expect: [{ type: 'PHONE', text: '(312) 555-0142', start: 5, end: 19 }],
    },
    {
      name: 'a mention between the parts is a boundary',
      doc: doc(p(text('SSN 412-58-'), mention({ id: 'u', text: '@Ann' }), text('7391'))),
      expect: [{ type: 'NAME', detector: 'adf-mention', text: '@Ann', where: 'attribute', path: '/content/0/content/1/attrs/text' }],
    },
    {
      name: 'an emoji between the parts is a boundary, but context before it still counts',
      doc: doc(p(text('SSN'), emoji({ shortName: ':x:' }), text(' 618 20 4471'))),
      expect: [{ type: 'SSN', text: '618 20 4471', start: 4, end: 15 }],
    },
    {
      name: 'a hardBreak reads as a newline (not a boundary)',
      doc: doc(p(text('SSN'), hardBreak(), text('412-58-7391'))),
      expect: [{ type: 'SSN', text: '412-58-7391', start: 4 }],
    },
    {
      name: 'digits in adjacent cells never join',
      doc: doc(table(tableRow([tableCell({})(p('412')), tableCell({})(p('58')), tableCell({})(p('7391'))]))),
      expect: [],
    },
    {
      name: 'a column header is context for the cell below',
      doc: doc(table(tableRow([tableHeader({})(p('SSN'))]), tableRow([tableCell({})(p('618204471'))]))),
      expect: [{ type: 'SSN', text: '618204471', path: '/content/0/content/1/content/0/content/0' }],
    },
    {
      name: 'link href and visible text are both scanned',
      doc: doc(p(link({ href: 'https://portal.example.org/chart?patientId=88310427' })('a.rivera@example.org'))),
      expect: [
        { type: 'EMAIL', text: 'a.rivera@example.org', where: 'text' },
        { type: 'URL', where: 'attribute', path: '/content/0/content/0/marks/0/attrs/href', start: 0 },
      ],
    },
    {
      name: 'card URL, expand title and status text are scanned',
      doc: doc(expand({ title: 'Pt a.rivera@example.org' })(p(
        inlineCard({ url: 'https://portal.example.org/chart?mrn=00417823' }), status({ text: '(312) 555-0142', color: 'red', localId: 's' }),
      ))),
      expect: [
        { type: 'EMAIL', path: '/content/0/attrs/title', start: 3 },
        { type: 'URL', path: '/content/0/content/0/content/0/attrs/url' },
        { type: 'PHONE', path: '/content/0/content/0/content/1/attrs/text' },
      ],
    },
    {
      name: 'a date node after "DOB" is a DATE',
      doc: doc(p(text('DOB: '), date({ timestamp: DOB_TIMESTAMP }))),
      expect: [{ type: 'DATE', detector: 'adf-date', text: DOB_TIMESTAMP, path: '/content/0/content/1/attrs/timestamp', where: 'attribute' }],
    },
    {
      name: 'a date node in a "DOB" column is a DATE',
      doc: doc(table(tableRow([tableHeader({})(p('DOB'))]), tableRow([tableCell({})(p(date({ timestamp: DOB_TIMESTAMP })))]))),
      expect: [{ type: 'DATE', detector: 'adf-date' }],
    },
    {
      name: 'a due-date node is not PHI',
      doc: doc(p(text('Due '), date({ timestamp: '1767139200000' }))),
      expect: [],
    },
    {
      // Found trying the product: the typed DOB's label was read as the task's due-date node's context.
      name: 'a typed date owns the label before it: the date node after it is a due date',
      doc: doc(p(text('Call pt (DOB 03/08/1949) by '), date({ timestamp: '1767139200000' }))),
      expect: [{ type: 'DATE', text: '03/08/1949', where: 'text' }],
    },
    {
      // Found trying the product: identifiers whose pattern holds its cue were missed under a header.
      name: 'a column header labels an MRN, a member ID and an account number below it',
      doc: doc(table(
        tableRow([tableHeader({})(p('MRN')), tableHeader({})(p('Member ID')), tableHeader({})(p('Account #')), tableHeader({})(p('Count'))]),
        tableRow([tableCell({})(p('00417823')), tableCell({})(p('XJH123456789')), tableCell({})(p('004417823119')), tableCell({})(p('12345678'))]),
      )),
      expect: [{ type: 'MRN', text: '00417823' }, { type: 'HEALTH_PLAN_ID', text: 'XJH123456789' }, { type: 'ACCOUNT_NUMBER', text: '004417823119' }],
    },
    {
      // Found trying the product: rows under a cell spanning two rows were read one column off.
      name: 'a cell spanning rows keeps the columns of the rows below under their own headers',
      doc: doc(table(
        tableRow([tableHeader({})(p('Patient')), tableHeader({})(p('DOB')), tableHeader({})(p('Due date'))]),
        tableRow([tableCell({ rowspan: 2 })(p('R. Thistlewood')), tableCell({})(p('1949-03-08')), tableCell({})(p('2026-12-19'))]),
        tableRow([tableCell({})(p('1949-03-08')), tableCell({})(p('2026-12-20'))]),
      )),
      expect: [{ type: 'DATE', text: '1949-03-08' }, { type: 'DATE', text: '1949-03-08' }],
    },
    {
      name: 'a label before an emoji labels the number after it',
      doc: doc(p(text('MRN '), emoji({ shortName: ':hospital:' }), text(' 00417823'))),
      expect: [{ type: 'MRN', text: '00417823' }],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const found = scan(c.doc).filter((f) => f.type !== 'NAME' || f.detector === 'adf-mention');
      assert.equal(found.length, c.expect.length, JSON.stringify(found));
      c.expect.forEach((e, i) => {
        const actual: Record<string, unknown> = { ...found[i] };
        assert.deepEqual(Object.fromEntries(Object.keys(e).map((k) => [k, actual[k]])), e);
      });
    });
  }

  it('a second redaction pass leaves the due-date node after a redacted DOB node alone', () => {
    const input = AdfDocumentSchema.parse(doc(p(text('DOB: '), date({ timestamp: DOB_TIMESTAMP }), text(' due '), date({ timestamp: '1767139200000' }))));
    const { doc: out, passes } = redactDocumentStable(input, { policy: ADF_TEST_POLICY, style: 'label', secret: 's' });
    assert.equal(passes.length, 1);
    assert.deepEqual(out.content?.[0]?.content?.map((n) => n.type === 'date' ? n.attrs?.timestamp : n.text), ['DOB: ', '[DATE]', ' due ', '1767139200000']);
  });

  it('reports the normalised date of a date node', () => {
    const [f] = scanDocument(AdfDocumentSchema.parse(doc(p(text('admitted '), date({ timestamp: DOB_TIMESTAMP })))));
    assert.equal(f?.normalised, '1949-03-08');
  });

  it('does not report mentions when the policy disables NAME', () => {
    const policy = { ...ADF_TEST_POLICY, types: { NAME: { enabled: false } } };
    const found = scanDocument(AdfDocumentSchema.parse(doc(p(mention({ id: 'u', text: '@Ann Lee' })))), { policy });
    assert.deepEqual(found, []);
  });

  it('isRewritable tells mentions (left as they are) from PHI that redaction rewrites', () => {
    const input = AdfDocumentSchema.parse(doc(p(mention({ id: 'u', text: '@Ann Lee' }), text(' SSN 412-58-7391'))));
    const before = scanDocument(input).map((f) => [f.detector, f.text, isRewritable(f)]);
    assert.deepEqual(before, [['ssn', '412-58-7391', true], ['adf-mention', '@Ann Lee', false]]);
    const after = scanDocument(redactDocumentStable(input, { style: 'label', secret: 's' }).doc);
    assert.deepEqual(after.map((f) => [f.detector, f.text, isRewritable(f)]), [['adf-mention', '@Ann Lee', false]]);
  });
});

describe('scanDocument on a block with a very large number of findings', () => {
  // Regression: results were appended with push(...array), which overflows the call stack past about
  // 120,000 arguments; one paragraph of 150,000 e-mail addresses threw "Maximum call stack size exceeded".
  it('returns every finding', () => {
    const text = 'a.rivera@example.org '.repeat(150_000);
    const doc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
    const findings = scanDocument(doc);
    assert.equal(findings.length, 150_000);
    assert.deepEqual([findings[0]?.type, findings[0]?.text], ['EMAIL', 'a.rivera@example.org']);
  });
});
