/** The main job on Confluence, end to end on the local site. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { doc, p, savePolicyOnSite, startLocalApp, t, type LocalApp } from './local-site';

interface PageJson { id: string; title: string; version: { number: number }; body: { atlas_doc_format: { value: string } } }

const body = (d: unknown) => ({ representation: 'atlas_doc_format', value: JSON.stringify(d) });

describe('Confluence main job', () => {
  let app: LocalApp;
  beforeEach(async () => { app = await startLocalApp(); });
  afterEach(async () => { await app.stop(); });

  const createPage = async (title: string, d: unknown) =>
    await app.asUser('POST', '/wiki/api/v2/pages', { spaceId: app.site.spaceId('CLIN'), status: 'current', title, body: body(d) }) as PageJson;
  const page = async (id: string) => await app.asUser('GET', `/wiki/api/v2/pages/${id}?body-format=atlas_doc_format`) as PageJson;
  const versions = async (id: string) => ((await app.asUser('GET', `/wiki/api/v2/pages/${id}/versions`)) as { results: { number: number }[] }).results.map((v) => v.number);

  it('redacts title and body with version + 1, tags the page, deletes the old version, and does not loop on its own edit', async () => {
    const created = await createPage('Callback for Reginald Thistlewood', doc(p(t('Pt callback (312) 555-0124 before noon.'))));
    await app.runtime.settle();
    const after = await page(created.id);
    assert.equal(after.title, 'Callback for [NAME]');
    assert.deepEqual(JSON.parse(after.body.atlas_doc_format.value), doc(p(t('Pt callback [PHONE] before noon.'))));
    // The version with PHI is gone; the redacted one is current.
    assert.deepEqual(await versions(created.id), [after.version.number]);
    const labels = (await app.asUser('GET', `/wiki/api/v2/pages/${created.id}/labels`)) as { results: { name: string }[] };
    assert.deepEqual(labels.results.map((l) => l.name).sort(), ['phi-detected', 'phi-name', 'phi-phone']);
    const props = (await app.asUser('GET', `/wiki/api/v2/pages/${created.id}/properties?key=phiGuard`)) as { results: { value: { types: string[] } }[] };
    assert.deepEqual(props.results[0]?.value.types, ['NAME', 'PHONE']);
    assert.deepEqual((await app.records()).map((r) => [r.product, r.container, r.contentType, r.field, r.type]).sort(), [
      ['confluence', 'CLIN', 'page', '/body', 'PHONE'], ['confluence', 'CLIN', 'page', '/title', 'NAME'],
    ]);
    // One content write; the app's update came back as an event and was skipped by the loop guard.
    assert.equal(app.site.counters().app.writesPerItem[`confluence:${created.id}`] !== undefined, true);
    const updates = app.site.counters().app;
    await app.runtime.settle();
    assert.deepEqual(app.site.counters().app, updates);
  });

  it('keeps a user edit that lands between the read and the write (409, re-read, re-apply)', async () => {
    const created = await createPage('Night shift', doc(p(t('Pt callback (312) 555-0124 before noon.'))));
    app.site.faults.userEditBetweenReadAndWrite(`confluence:${created.id}`, async () => {
      const current = await page(created.id);
      await app.asUser('PUT', `/wiki/api/v2/pages/${created.id}`, {
        id: created.id, status: 'current', title: current.title, version: { number: current.version.number + 1 },
        body: body(doc(p(t('Pt callback (312) 555-0124 before noon.')), p(t('Update from charge nurse: moved to room 4B.')))),
      });
    });
    await app.runtime.settle();
    assert.deepEqual(JSON.parse((await page(created.id)).body.atlas_doc_format.value), doc(
      p(t('Pt callback [PHONE] before noon.')), p(t('Update from charge nurse: moved to room 4B.')),
    ));
  });

  it('redacts a footer comment and tags its page', async () => {
    const created = await createPage('Ward notes', doc(p(t('Rounds at 9.'))));
    await app.runtime.settle();
    const comment = await app.asUser('POST', '/wiki/api/v2/footer-comments', { pageId: created.id, body: body(doc(p(t('Family asked to call 847-555-0128.')))) }) as { id: string };
    await app.runtime.settle();
    const after = await app.asUser('GET', `/wiki/api/v2/footer-comments/${comment.id}?body-format=atlas_doc_format`) as PageJson;
    assert.deepEqual(JSON.parse(after.body.atlas_doc_format.value), doc(p(t('Family asked to call [PHONE].'))));
    const labels = (await app.asUser('GET', `/wiki/api/v2/pages/${created.id}/labels`)) as { results: { name: string }[] };
    assert.deepEqual(labels.results.map((l) => l.name).sort(), ['phi-detected', 'phi-phone']);
  });

  it('writes nothing for a page without PHI', async () => {
    await createPage('Release notes 4.18.2', doc(p(t('Build 4417823 fixes CLIN-4417. Deployed 2026-12-01 14:02:17 UTC.'))));
    await app.runtime.settle();
    assert.equal(app.site.counters().app.writes, 0);
    assert.deepEqual(await app.records(), []);
  });
});

describe('policy scope on the local site', () => {
  let app: LocalApp;
  beforeEach(async () => { app = await startLocalApp(); });
  afterEach(async () => { await app.stop(); });

  it('leaves an excluded space and project alone: no write, no record', async () => {
    await savePolicyOnSite(app, { scope: { excludeSpaces: ['CLIN'], excludeProjects: ['HC'] } });
    await app.asUser('POST', '/wiki/api/v2/pages', { spaceId: app.site.spaceId('CLIN'), status: 'current', title: 'Callback', body: body(doc(p(t('Pt callback (312) 555-0124.')))) });
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'SSN 412-58-7391' } });
    await app.runtime.settle();
    assert.equal(app.site.counters().app.writes, 0);
    assert.deepEqual(await app.records(), []);
  });
});
