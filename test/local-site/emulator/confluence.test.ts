/**
 * Confluence behaviour, as Atlassian documents it: an update must carry version current + 1 (a stale one
 * gets 409), every update keeps the old version readable, v1 version delete rolls the deleted version's
 * changes into the next one and refuses the current version, labels are written in v1 and read in v2.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { APP_ACCOUNT_ID } from './index';
import { adfBody, doc, seededSite } from './fixture';

const asApp = { accountId: APP_ACCOUNT_ID };
type Json = Record<string, unknown>;
const obj = (v: unknown) => v as Json;
const update = (id: string, number: number, text: string) =>
  ({ id, status: 'current', title: 'Ward notes', body: adfBody(text), version: { number, message: 'edit' } });
const bodyText = (page: Json) => JSON.parse(String(obj(obj(page.body).atlas_doc_format).value)) as unknown;

describe('confluence page versions', () => {
  it('serves the body as an ADF string and answers a stale version with a 409 in the v2 error shape', async () => {
    const { site, pageId } = await seededSite();
    try {
      const page = obj((await site.call('GET', `/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`, asApp)).body);
      assert.equal(typeof obj(obj(page.body).atlas_doc_format).value, 'string');
      assert.deepEqual(bodyText(page), doc('Bed 4: J. Doe, DOB 1950-01-02'));
      assert.equal((await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { body: update(pageId, 2, 'v2') })).status, 200);
      const stale = await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { ...asApp, body: update(pageId, 2, 'app') });
      assert.equal(stale.status, 409);
      assert.deepEqual(stale.body, { errors: [{ status: 409, code: 'CONFLICT', title: 'Version must be incremented on update. Current version is: 2', detail: null }] });
      const skipped = await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { ...asApp, body: update(pageId, 4, 'app') });
      assert.equal(skipped.status, 409);
    } finally { await site.close(); }
  });

  it('keeps historical versions readable with ?version=N and lists them newest first', async () => {
    const { site, pageId } = await seededSite();
    try {
      await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { body: update(pageId, 2, 'second') });
      const v1 = obj((await site.call('GET', `/wiki/api/v2/pages/${pageId}?version=1&body-format=atlas_doc_format`)).body);
      assert.deepEqual(bodyText(v1), doc('Bed 4: J. Doe, DOB 1950-01-02'));
      assert.equal(v1.status, 'historical');
      const versions = obj((await site.call('GET', `/wiki/api/v2/pages/${pageId}/versions`)).body);
      assert.deepEqual((versions.results as Json[]).map((v) => v.number), [2, 1]);
    } finally { await site.close(); }
  });

  it('deletes a historical version: its changes roll into the next one, later versions renumber, the current one stays', async () => {
    const { site, pageId } = await seededSite();
    try {
      await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { body: update(pageId, 2, 'DOB 1950-01-02 again') });
      await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { body: update(pageId, 3, '[redacted]') });
      const current = await site.call('DELETE', `/wiki/rest/api/content/${pageId}/version/3`, asApp);
      assert.equal(current.status, 400);
      assert.equal(obj(current.body).message, 'You cannot delete the current version.');
      assert.equal((await site.call('DELETE', `/wiki/rest/api/content/${pageId}/version/1`, asApp)).status, 204);
      const page = site.snapshot().confluence.pages[0];
      assert.equal(page?.version, 2);
      assert.deepEqual(page?.versions.map((v) => [v.number, v.body]), [[1, doc('DOB 1950-01-02 again')]]);
      assert.equal((await site.call('DELETE', `/wiki/rest/api/content/${pageId}/version/1`, asApp)).status, 204);
      assert.deepEqual(site.snapshot().confluence.pages[0]?.versions, []);
      assert.equal(site.snapshot().confluence.pages[0]?.version, 1);
      const missing = await site.call('DELETE', `/wiki/rest/api/content/${pageId}/version/7`, asApp);
      assert.equal(missing.status, 400);
    } finally { await site.close(); }
  });
});

describe('confluence comments, labels and properties', () => {
  it('versions comment updates and rejects a stale one', async () => {
    const { site, footerCommentId } = await seededSite();
    try {
      const path = `/wiki/api/v2/footer-comments/${footerCommentId}`;
      assert.equal((await site.call('PUT', path, { ...asApp, body: { version: { number: 2 }, body: adfBody('[redacted]') } })).status, 200);
      const stale = await site.call('PUT', path, { body: { version: { number: 2 }, body: adfBody('user') } });
      assert.equal(stale.status, 409);
      const got = obj((await site.call('GET', `${path}?body-format=atlas_doc_format`)).body);
      assert.equal(obj(got.version).number, 2);
      assert.deepEqual(bodyText(got), doc('[redacted]'));
      assert.equal((await site.call('GET', `/wiki/api/v2/inline-comments/${footerCommentId}`)).status, 404);
    } finally { await site.close(); }
  });

  it('adds labels through v1 (lower-cased, no duplicates) and reads them through v2', async () => {
    const { site, pageId } = await seededSite();
    try {
      await site.call('POST', `/wiki/rest/api/content/${pageId}/label`, { ...asApp, body: [{ prefix: 'global', name: 'PHI-Detected' }] });
      await site.call('POST', `/wiki/rest/api/content/${pageId}/label`, { ...asApp, body: { prefix: 'global', name: 'phi-detected' } });
      const labels = obj((await site.call('GET', `/wiki/api/v2/pages/${pageId}/labels`)).body).results as Json[];
      assert.deepEqual(labels.map((l) => [l.name, l.prefix]), [['phi-detected', 'global']]);
      const bad = await site.call('POST', `/wiki/rest/api/content/${pageId}/label`, { body: { prefix: 'global', name: 'has space' } });
      assert.equal(bad.status, 400);
      assert.equal((await site.call('DELETE', `/wiki/rest/api/content/${pageId}/label/phi-detected`, asApp)).status, 204);
      assert.deepEqual(site.snapshot().confluence.pages[0]?.labels, []);
    } finally { await site.close(); }
  });

  it('versions content properties: update needs version + 1, a duplicate key is refused', async () => {
    const { site, pageId } = await seededSite();
    try {
      const base = `/wiki/api/v2/pages/${pageId}/properties`;
      const created = obj((await site.call('POST', base, { ...asApp, body: { key: 'phiGuard', value: { findings: 2 } } })).body);
      assert.equal((await site.call('POST', base, { ...asApp, body: { key: 'phiGuard', value: 1 } })).status, 400);
      const path = `${base}/${String(created.id)}`;
      assert.equal((await site.call('PUT', path, { ...asApp, body: { key: 'phiGuard', value: { findings: 0 }, version: { number: 1 } } })).status, 409);
      const updated = obj((await site.call('PUT', path, { ...asApp, body: { key: 'phiGuard', value: { findings: 0 }, version: { number: 2 } } })).body);
      assert.equal(obj(updated.version).number, 2);
      assert.deepEqual(site.snapshot().confluence.pages[0]?.properties, { phiGuard: { findings: 0 } });
    } finally { await site.close(); }
  });

  it('refuses bodies that are not ADF with a 400 in the v2 error shape', async () => {
    const { site, pageId } = await seededSite();
    try {
      const r = await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, {
        body: { id: pageId, status: 'current', title: 'x', body: { representation: 'storage', value: '<p>x</p>' }, version: { number: 2 } },
      });
      assert.equal(r.status, 400);
      const error = (obj(r.body).errors as Json[])[0];
      assert.deepEqual(Object.keys(error ?? {}), ['status', 'code', 'title', 'detail']);
    } finally { await site.close(); }
  });
});
