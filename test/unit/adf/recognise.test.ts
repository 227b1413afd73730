/** recogniseInput and redactInput: ADF, Jira issue (REST v3), Confluence content (REST v2/v1), plain text. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, p, strong, text } from '@atlaskit/adf-utils/builders';
import { AdfDocumentSchema, isAdfDocument, MAX_ADF_DEPTH } from '../../../src/core/adf';
import { recogniseInput, redactInput } from '../../../src/core/input';

const adf = (s: string) => doc(p(text(s)));

const jiraIssue = {
  id: '10001', key: 'CLIN-1', self: 'https://example.atlassian.net/rest/api/3/issue/10001',
  fields: {
    summary: 'Callback for SSN 412-58-7391',
    description: doc(p(text('SSN '), strong('412-58-'), text('7391'))),
    environment: null,
    customfield_10010: 'text field SSN 899-41-2267',
    customfield_10011: adf('adf field, nothing here'),
    customfield_10012: { value: 'Option A', id: '3' },
    customfield_10013: { type: 'doc', version: 1, content: 'broken' },
    comment: { comments: [{ id: '1', body: adf('comment SSN 618-20-4471') }], maxResults: 1, total: 1, startAt: 0 },
    status: { name: 'Open' },
  },
};

const confluencePage = {
  id: '123', status: 'current', title: 'Intake SSN 412-58-7391', spaceId: '9',
  version: { number: 4 },
  body: { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify(adf('pt SSN 899-41-2267')) } },
};

describe('recogniseInput', () => {
  it('an ADF document (object or JSON text) is one ADF item', () => {
    for (const input of [adf('x'), JSON.stringify(adf('x'))]) {
      const r = recogniseInput(input);
      assert.equal(r.kind, 'adf');
      assert.deepEqual(r.items.map((i) => [i.field, i.kind]), [['', 'adf']]);
    }
  });

  it('a Jira issue lists summary, description, text and ADF custom fields, comments; bad ADF is a problem', () => {
    const r = recogniseInput(JSON.stringify(jiraIssue));
    assert.equal(r.kind, 'jira-issue');
    assert.deepEqual(r.items.map((i) => [i.field, i.kind]), [
      ['/fields/summary', 'text'], ['/fields/description', 'adf'], ['/fields/customfield_10010', 'text'],
      ['/fields/customfield_10011', 'adf'], ['/fields/comment/comments/0/body', 'adf'],
    ]);
    assert.deepEqual(r.problems, [{ field: '/fields/customfield_10013', reason: 'not a valid ADF document' }]);
  });

  it('Jira worklog comments, a page of comments and one comment are read (second fresh-eyes hunt)', () => {
    const withWorklog = { ...jiraIssue, fields: { ...jiraIssue.fields, customfield_10013: null, worklog: { worklogs: [{ id: '7', comment: adf('worked with pt SSN 618-20-4471') }] } } };
    assert.deepEqual(recogniseInput(withWorklog).items.map((i) => i.field).slice(-1), ['/fields/worklog/worklogs/0/comment']);
    const page = recogniseInput({ startAt: 0, total: 2, comments: [{ id: '1', body: adf('SSN 412-58-7391') }, { id: '2', body: 'v2 text' }] });
    assert.deepEqual([page.kind, page.items.map((i) => [i.field, i.kind])], ['jira-comments', [['/comments/0/body', 'adf'], ['/comments/1/body', 'text']]]);
    const one = recogniseInput({ id: '1', author: { displayName: 'x' }, body: adf('SSN 412-58-7391') });
    assert.deepEqual([one.kind, one.items.map((i) => [i.field, i.kind])], ['jira-comments', [['/body', 'adf']]]);
    const redacted = redactInput({ id: '1', body: adf('SSN 412-58-7391') }, { style: 'label', secret: '' }).value as { body: unknown };
    assert.deepEqual(redacted.body, adf('SSN [SSN]'));
  });

  it('a Confluence page in the storage format has its XHTML body read as text and redacted in place (second fresh-eyes hunt)', () => {
    const page = { id: '5', title: 'Intake', body: { storage: { representation: 'storage', value: '<p>Patient <strong>Harold</strong> Whitfield, SSN 412-58-7391</p>' } } };
    const r = recogniseInput(page);
    assert.deepEqual([r.kind, r.items.map((i) => [i.field, i.kind])], ['confluence-content', [['/title', 'text'], ['/body/storage/value', 'text']]]);
    const redacted = redactInput(page, { style: 'label', secret: '' }).value as typeof page;
    assert.equal(redacted.body.storage.value, '<p>Patient <strong>[NAME]</strong> [NAME], SSN [SSN]</p>');
  });

  it('a Confluence page lists its title and its atlas_doc_format body', () => {
    const r = recogniseInput(confluencePage);
    assert.equal(r.kind, 'confluence-content');
    assert.deepEqual(r.items.map((i) => [i.field, i.kind]), [['/title', 'text'], ['/body/atlas_doc_format/value', 'adf']]);
  });

  it('a Confluence body that is not JSON is scanned as text on that field', () => {
    const page = { title: 't', body: { atlas_doc_format: { value: 'Patient intake SSN 412-58-7391' } } };
    const r = recogniseInput(page);
    assert.deepEqual([r.items, r.problems], [[
      { field: '/title', kind: 'text', text: 't' },
      { field: '/body/atlas_doc_format/value', kind: 'text', text: 'Patient intake SSN 412-58-7391' },
    ], []]);
    assert.deepEqual(redactInput(page, { style: 'label', secret: 's' }).value,
      { title: 't', body: { atlas_doc_format: { value: 'Patient intake SSN [SSN]' } } });
  });

  it('a Confluence body claiming to be ADF that does not validate is a problem, not an item', () => {
    const r = recogniseInput({ title: 't', body: { atlas_doc_format: { value: '{"type":"doc","version":1,"content":"x"}' } } });
    assert.deepEqual([r.items.length, r.problems], [1, [{ field: '/body/atlas_doc_format/value', reason: 'not a valid ADF document' }]]);
  });

  for (const levels of [1_000, 100_000]) {
    it(`a document nested ${levels} blockquotes deep is a problem, not a stack overflow`, () => {
      let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'SSN 412-58-7391' }] };
      for (let i = 0; i < levels; i += 1) node = { type: 'blockquote', content: [node] };
      const deep = { type: 'doc', version: 1, content: [node] };
      assert.equal(isAdfDocument(deep), false);
      const parsed = AdfDocumentSchema.safeParse(deep);
      assert.deepEqual(parsed.error?.issues.map((i) => i.message), [`an ADF document nests at most ${MAX_ADF_DEPTH} levels of content`]);
      const r = recogniseInput(deep);
      assert.deepEqual([r.kind, r.items, r.problems], ['adf', [], [{ field: '', reason: 'not a valid ADF document' }]]);
    });
  }

  it(`a document exactly ${MAX_ADF_DEPTH} levels deep is still ADF`, () => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < MAX_ADF_DEPTH - 1; i += 1) node = { type: 'blockquote', content: [node] };
    assert.equal(isAdfDocument({ type: 'doc', content: [node] }), false, 'text at level 101');
    assert.equal(isAdfDocument({ type: 'doc', content: (node.content as unknown[]) }), true, 'text at level 100');
  });

  it('a document claiming to be ADF that does not validate is a problem, never plain text', () => {
    const broken = { type: 'doc', version: 1, content: 'broken' };
    const r = recogniseInput(broken);
    assert.deepEqual([r.kind, r.items, r.problems], ['adf', [], [{ field: '', reason: 'not a valid ADF document' }]]);
    assert.deepEqual(redactInput(broken, { style: 'label', secret: 's' }).value, broken);
  });

  it('anything else is plain text', () => {
    assert.deepEqual(recogniseInput('SSN 412-58-7391').items, [{ field: '', kind: 'text', text: 'SSN 412-58-7391' }]);
    assert.equal(recogniseInput('{"not": "adf"}').kind, 'plain');
    assert.equal(recogniseInput('{not json').kind, 'plain');
    assert.deepEqual(recogniseInput({ a: 1 }).items, [{ field: '', kind: 'text', text: '{"a":1}' }]);
  });
});

describe('redactInput', () => {
  const options = { style: 'label', secret: 's' } as const;

  it('returns a Jira issue in its own shape with only the PHI replaced', () => {
    const before = JSON.stringify(jiraIssue);
    const { kind, value } = redactInput(jiraIssue, options);
    assert.equal(JSON.stringify(jiraIssue), before, 'input not mutated');
    assert.equal(kind, 'jira-issue');
    assert.deepEqual(value, {
      ...jiraIssue,
      fields: {
        ...jiraIssue.fields,
        summary: 'Callback for SSN [SSN]',
        description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [
          { type: 'text', text: 'SSN ' }, { type: 'text', text: '[SSN]', marks: [{ type: 'strong' }] },
        ] }] },
        customfield_10010: 'text field SSN [SSN]',
        comment: { ...jiraIssue.fields.comment, comments: [{ id: '1', body: adf('comment SSN [SSN]') }] },
      },
    });
  });

  it('re-serialises a Confluence body into atlas_doc_format.value', () => {
    const { value } = redactInput(JSON.stringify(confluencePage), options);
    assert.deepEqual(value, {
      ...confluencePage,
      title: 'Intake SSN [SSN]',
      body: { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify(adf('pt SSN [SSN]')) } },
    });
  });

  it('redacts plain text and bare ADF', () => {
    assert.equal(redactInput('SSN 412-58-7391', options).value, 'SSN [SSN]');
    assert.deepEqual(redactInput(adf('SSN 412-58-7391'), options).value, adf('SSN [SSN]'));
  });
});
