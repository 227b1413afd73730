/**
 * Every ADF dev case (../shared/cases/dev-cases.jsonl) seeded as an issue description, a service-desk
 * comment, a Confluence page and a page footer comment: each ends redacted as the case expects, with
 * records for its PHI, and no seeded PHI value is left in any record, label, property or log line.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mergeTextNodes } from '../support/adf-compare';
import { loadDevCases } from '../support/shared';
import { startLocalApp, type LocalApp } from './local-site';

const cases = loadDevCases().filter((c) => c.kind === 'adf');
const body = (d: unknown) => ({ representation: 'atlas_doc_format', value: JSON.stringify(d) });
const adfOf = (value: string): unknown => JSON.parse(value);

describe('ADF dev cases, end to end', () => {
  let app: LocalApp;
  const placed: Array<{ id: string; where: string; read: () => Promise<unknown>; expected: unknown }> = [];

  before(async () => {
    app = await startLocalApp();
    const pageRoot = await app.asUser('POST', '/wiki/api/v2/pages', {
      spaceId: app.site.spaceId('CLIN'), status: 'current', title: 'Comment host', body: body({ type: 'doc', version: 1, content: [] }),
    }) as { id: string };
    for (const c of cases) {
      const issue = await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: `Case ${c.id}`, description: c.input } }) as { key: string };
      placed.push({ id: c.id, where: 'issue description', expected: c.expect.redacted,
        read: async () => ((await app.asUser('GET', `/rest/api/3/issue/${issue.key}`)) as { fields: { description: unknown } }).fields.description });
      const comment = await app.asUser('POST', `/rest/api/3/issue/${issue.key}/comment`, { body: c.input }) as { id: string };
      placed.push({ id: c.id, where: 'service-desk comment', expected: c.expect.redacted,
        read: async () => ((await app.asUser('GET', `/rest/api/3/issue/${issue.key}/comment/${comment.id}`)) as { body: unknown }).body });
      const page = await app.asUser('POST', '/wiki/api/v2/pages', { spaceId: app.site.spaceId('CLIN'), status: 'current', title: `Case ${c.id}`, body: body(c.input) }) as { id: string };
      placed.push({ id: c.id, where: 'page', expected: c.expect.redacted,
        read: async () => adfOf(((await app.asUser('GET', `/wiki/api/v2/pages/${page.id}?body-format=atlas_doc_format`)) as { body: { atlas_doc_format: { value: string } } }).body.atlas_doc_format.value) });
      const footer = await app.asUser('POST', '/wiki/api/v2/footer-comments', { pageId: pageRoot.id, body: body(c.input) }) as { id: string };
      placed.push({ id: c.id, where: 'page comment', expected: c.expect.redacted,
        read: async () => adfOf(((await app.asUser('GET', `/wiki/api/v2/footer-comments/${footer.id}?body-format=atlas_doc_format`)) as { body: { atlas_doc_format: { value: string } } }).body.atlas_doc_format.value) });
    }
    await app.runtime.settle();
  });
  after(async () => { await app.stop(); });

  it('has ADF cases to run', () => assert.ok(cases.length >= 5));

  for (const c of cases) {
    for (const where of ['issue description', 'service-desk comment', 'page', 'page comment']) {
      it(`${c.id} as ${where} ends redacted as the case expects`, async () => {
        const item = placed.find((x) => x.id === c.id && x.where === where);
        assert.ok(item);
        assert.deepEqual(mergeTextNodes(await item.read()), mergeTextNodes(item.expected));
      });
    }
  }

  it('records every redaction, and no record, label, property or log line holds a seeded PHI value', async () => {
    const records = await app.records();
    const phi = cases.flatMap((c) => c.expect.detect.map((d) => d.text));
    assert.ok(records.length >= phi.length);
    const snapshot = app.site.snapshot();
    const tags = JSON.stringify([
      snapshot.jira.issues.map((i) => [i.fields.labels, i.properties]),
      snapshot.confluence.pages.map((pg) => [pg.labels, pg.properties]),
    ]);
    const haystacks = { records: JSON.stringify(records), tags, logs: JSON.stringify(app.runtime.logs) };
    for (const value of phi) {
      for (const [name, text] of Object.entries(haystacks)) assert.equal(text.includes(value), false, `${value} found in ${name}`);
    }
  });
});
