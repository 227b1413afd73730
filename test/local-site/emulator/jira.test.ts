/**
 * Jira behaviour, as Atlassian documents it: the changelog keeps old values, notifyUsers=false needs
 * Administer Projects (else it is silently ignored), comment visibility and internal state survive an
 * edit, enhanced JQL search pages with nextPageToken and has no total, Guard redaction needs Guard Premium.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { APP_ACCOUNT_ID } from './index';
import { doc, seededSite } from './fixture';
import { BAR } from './jira-redact';

const asApp = { accountId: APP_ACCOUNT_ID };
type Json = Record<string, unknown>;
const obj = (v: unknown) => v as Json;

describe('jira edit issue and changelog', () => {
  it('keeps the old summary, description and labels in fromString, the new ones in toString', async () => {
    const { site, issueKey } = await seededSite();
    try {
      const edit = await site.call('PUT', `/rest/api/3/issue/${issueKey}`, {
        ...asApp, body: { fields: { summary: 'Refill', description: doc('Patient DOB [date]') }, update: { labels: [{ add: 'phi' }, { remove: 'triage' }] } },
      });
      assert.equal(edit.status, 204);
      const log = obj((await site.call('GET', `/rest/api/3/issue/${issueKey}/changelog`)).body);
      const items = (log.values as Array<{ items: Json[] }>)[0]?.items;
      assert.deepEqual(items?.map((i) => [i.fieldId, i.fromString, i.toString]).sort(), [
        ['description', 'Patient DOB 1949-03-08, call 555-0142.', 'Patient DOB [date]'],
        ['labels', 'triage', 'phi'],
        ['summary', 'Refill request', 'Refill'],
      ]);
      assert.equal(log.total, 1);
      assert.equal(log.isLast, true);
    } finally { await site.close(); }
  });

  it('records no changelog entry and no event when nothing changes', async () => {
    const { site, issueKey } = await seededSite();
    try {
      await site.eventsIdle();
      const events: string[] = [];
      site.onEvent((e) => events.push(e.eventType));
      await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { body: { fields: { summary: 'Refill request' }, update: { labels: [{ add: 'triage' }] } } });
      await site.eventsIdle();
      assert.deepEqual(events, []);
      assert.equal(site.snapshot().jira.issues[0]?.history.length, 0);
    } finally { await site.close(); }
  });

  it('sets the security level by id and logs level ids and names', async () => {
    const { site, issueKey } = await seededSite();
    try {
      const levels = obj((await site.call('GET', '/rest/api/3/project/HC/securitylevel')).body).levels as Json[];
      const level = levels[1] as { id: string; name: string };
      assert.equal((await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { body: { fields: { security: { id: level.id } } } })).status, 204);
      const issue = obj((await site.call('GET', `/rest/api/3/issue/${issueKey}?fields=security`)).body);
      assert.deepEqual(obj(issue.fields).security, { id: level.id, name: level.name, description: 'Visible to the privacy office only' });
      const item = site.snapshot().jira.issues[0]?.history[0]?.items[0];
      assert.deepEqual(item, { field: 'security', fieldId: 'security', fieldtype: 'jira', to: level.id, toString: level.name });
      const bad = await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { body: { fields: { security: { id: '1' } } } });
      assert.deepEqual(bad.body, { errorMessages: [], errors: { security: 'Security level is not valid.' } });
    } finally { await site.close(); }
  });

  it('answers 400 naming an unknown field', async () => {
    const { site, issueKey } = await seededSite();
    try {
      const r = await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { body: { fields: { priority: { id: '1' } } } });
      assert.equal(r.status, 400);
      assert.deepEqual(r.body, { errorMessages: [], errors: { priority: "Field 'priority' cannot be set. It is not on the appropriate screen, or unknown." } });
    } finally { await site.close(); }
  });
});

describe('jira notifyUsers', () => {
  const edit = { body: { fields: { description: doc('[redacted]') } } };

  it('is honoured for an app with Administer Projects', async () => {
    const { site, issueKey } = await seededSite();
    try {
      await site.call('PUT', `/rest/api/3/issue/${issueKey}?notifyUsers=false`, { ...asApp, ...edit });
      assert.deepEqual(site.snapshot().notifications.filter((n) => n.event === 'issue_updated'), []);
    } finally { await site.close(); }
  });

  it('is silently ignored without Administer Projects: the edit succeeds and watchers are notified', async () => {
    const { site, issueKey } = await seededSite({ appIsProjectAdmin: false });
    try {
      const r = await site.call('PUT', `/rest/api/3/issue/${issueKey}?notifyUsers=false`, { ...asApp, ...edit });
      assert.equal(r.status, 204);
      const notes = site.snapshot().notifications.filter((n) => n.event === 'issue_updated');
      assert.deepEqual(notes.map((n) => [n.item, n.event, n.fields, n.by]), [[`jira:${issueKey}`, 'issue_updated', ['description'], APP_ACCOUNT_ID]]);
      assert.ok(!JSON.stringify(notes).includes('redacted'), 'notification records never hold field text');
      const perms = obj((await site.call('GET', '/rest/api/3/mypermissions?permissions=ADMINISTER_PROJECTS', asApp)).body);
      assert.equal(obj(obj(perms.permissions).ADMINISTER_PROJECTS).havePermission, false);
    } finally { await site.close(); }
  });
});

describe('jira comments', () => {
  it('keeps visibility and the internal flag when an update sends only the body', async () => {
    const { site, issueKey, internalCommentId } = await seededSite();
    try {
      const added = obj((await site.call('POST', `/rest/api/3/issue/${issueKey}/comment`, {
        body: { body: doc('Restricted'), visibility: { type: 'role', value: 'Administrators' } },
      })).body);
      const path = `/rest/api/3/issue/${issueKey}/comment/${String(added.id)}`;
      const updated = obj((await site.call('PUT', path, { ...asApp, body: { body: doc('Restricted, redacted') } })).body);
      assert.deepEqual(updated.visibility, { type: 'role', value: 'Administrators' });
      const internal = obj((await site.call('PUT', `/rest/api/3/issue/${issueKey}/comment/${internalCommentId}`, { ...asApp, body: { body: doc('MRN [redacted]') } })).body);
      assert.equal(internal.jsdPublic, false);
      const cleared = obj((await site.call('PUT', path, { body: { body: doc('Open'), visibility: null } })).body);
      assert.equal(cleared.visibility, undefined);
    } finally { await site.close(); }
  });

  it('drives jsdPublic from the sd.public.comment property, and JSM lists public and internal apart', async () => {
    const { site, issueKey, publicCommentId, internalCommentId } = await seededSite();
    try {
      const list = async (query: string) =>
        (obj((await site.call('GET', `/rest/servicedeskapi/request/${issueKey}/comment?${query}`)).body).values as Json[]).map((v) => [v.id, v.public, v.body]);
      assert.deepEqual(await list('internal=false'), [[publicCommentId, true, 'We will call you back.']]);
      assert.deepEqual(await list('public=false'), [[internalCommentId, false, 'MRN 00123456 checked.']]);
      await site.call('PUT', `/rest/api/3/comment/${publicCommentId}/properties/sd.public.comment`, { body: { internal: true } });
      const got = obj((await site.call('GET', `/rest/api/3/issue/${issueKey}/comment/${publicCommentId}`)).body);
      assert.equal(got.jsdPublic, false);
    } finally { await site.close(); }
  });
});

describe('jira JQL search', () => {
  it('pages with nextPageToken until isLast, without total', async () => {
    const { site } = await seededSite();
    try {
      for (let i = 0; i < 4; i++) await site.call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'HC' }, summary: `Ticket ${i}` } } });
      const keys: string[] = [];
      let token: string | undefined;
      let pages = 0;
      for (;;) {
        const r = obj((await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = HC ORDER BY created ASC', maxResults: 2, fields: ['summary'], ...(token ? { nextPageToken: token } : {}) } })).body);
        pages += 1;
        assert.equal('total' in r, false);
        keys.push(...(r.issues as Json[]).map((i) => String(i.key)));
        if (r.isLast === true) { assert.equal(r.nextPageToken, undefined); break; }
        token = String(r.nextPageToken);
      }
      assert.equal(pages, 3);
      assert.deepEqual(keys, ['HC-1', 'HC-2', 'HC-3', 'HC-4', 'HC-5']);
      const foreign = await site.call('GET', `/rest/api/3/search/jql?jql=project%20%3D%20OPS&nextPageToken=${token}`);
      assert.equal(foreign.status, 400);
    } finally { await site.close(); }
  });

  it('filters on updated and returns only ids by default', async () => {
    let now = new Date('2026-12-01T10:00:00Z');
    const { site } = await seededSite({ now: () => now });
    try {
      now = new Date('2026-12-02T10:00:00Z');
      await site.call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'OPS' }, summary: 'Later' } } });
      const r = obj((await site.call('GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('updated >= "2026-12-02" ORDER BY updated DESC')}`)).body);
      assert.deepEqual(r.issues, [{ expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations', id: '10001', self: `${site.url}/rest/api/3/issue/10001`, key: 'OPS-1', fields: {} }]);
    } finally { await site.close(); }
  });

  it('answers unsupported and unbounded JQL with Jira 400s', async () => {
    const { site } = await seededSite();
    try {
      const bad = await site.call('GET', '/rest/api/3/search/jql?jql=text%20~%20%22DOB%22');
      assert.equal(bad.status, 400);
      assert.deepEqual(Object.keys(obj(bad.body)), ['errorMessages', 'errors']);
      const unbounded = await site.call('GET', '/rest/api/3/search/jql?jql=ORDER%20BY%20created');
      assert.deepEqual(unbounded.body, { errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'], errors: {} });
    } finally { await site.close(); }
  });
});

describe('jira redaction API', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('base64');
  const request = (issueId: string, expected: string) => ({
    redactions: [{
      contentItem: { id: issueId, entityType: 'issuefieldvalue', entityId: 'description' }, externalId: randomUUID(), reason: 'PHI',
      redactionPosition: { adfPointer: '/content/0/content/0/text', expectedText: expected, from: 12, to: 22 },
    }],
  });

  it('answers 403 without Guard Premium', async () => {
    const { site, issueId } = await seededSite();
    try {
      const r = await site.call('POST', '/rest/api/3/redact', { ...asApp, body: request(issueId, sha('1949-03-08')) });
      assert.equal(r.status, 403);
    } finally { await site.close(); }
  });

  it('bars the range in the field and in the changelog, reporting the job when polled', async () => {
    const { site, issueKey, issueId } = await seededSite({ guardPremium: true });
    try {
      await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { body: { fields: { description: doc('Patient DOB 1949-03-08, call 555-0142. Seen.') } } });
      const job = await site.call('POST', '/rest/api/3/redact', { ...asApp, body: request(issueId, sha('1949-03-08')) });
      assert.equal(job.status, 202);
      const first = obj((await site.call('GET', `/rest/api/3/redact/status/${String(job.body)}`, asApp)).body);
      assert.deepEqual(first, { jobStatus: 'IN_PROGRESS' });
      const done = obj((await site.call('GET', `/rest/api/3/redact/status/${String(job.body)}`, asApp)).body);
      assert.equal(done.jobStatus, 'COMPLETED');
      assert.equal((obj(done.bulkRedactionResponse).results as Json[])[0]?.successful, true);
      const bar = BAR.repeat(10);
      const issue = site.snapshot().jira.issues[0];
      assert.equal(JSON.stringify(issue?.fields.description).includes(`Patient DOB ${bar}, call`), true);
      const item = issue?.history[0]?.items[0];
      assert.equal(item?.fromString, `Patient DOB ${bar}, call 555-0142.`);
      assert.equal(item?.toString, `Patient DOB ${bar}, call 555-0142. Seen.`);
      const wrong = await site.call('POST', '/rest/api/3/redact', { ...asApp, body: request(issueId, sha('something else')) });
      await site.call('GET', `/rest/api/3/redact/status/${String(wrong.body)}`);
      const result = obj((await site.call('GET', `/rest/api/3/redact/status/${String(wrong.body)}`)).body);
      assert.equal((obj(result.bulkRedactionResponse).results as Json[])[0]?.successful, false);
    } finally { await site.close(); }
  });

  it('bars a range inside a comment body', async () => {
    const { site, issueId, internalCommentId } = await seededSite({ guardPremium: true });
    try {
      const job = await site.call('POST', '/rest/api/3/redact', { ...asApp, body: { redactions: [{
        contentItem: { id: issueId, entityType: 'issue-comment', entityId: internalCommentId }, externalId: randomUUID(), reason: 'PHI',
        redactionPosition: { adfPointer: '/content/0/content/0/text', expectedText: sha('00123456'), from: 4, to: 12 },
      }] } });
      assert.equal(job.status, 202);
      const comment = site.snapshot().jira.issues[0]?.comments.find((c) => c.id === internalCommentId);
      assert.deepEqual(comment?.body, doc(`MRN ${BAR.repeat(8)} checked.`));
    } finally { await site.close(); }
  });
});
