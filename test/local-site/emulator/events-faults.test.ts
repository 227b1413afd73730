/**
 * Product events (the Forge payload shapes, fired after the response, also for the app's own writes) and
 * fault injection (429 + Retry-After, 5xx, latency, a user edit between the app's read and write), plus
 * the counters and snapshot the demo report uses.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ACCOUNT_HEADER, APP_ACCOUNT_ID, DEFAULT_USER_ID } from './index';
import type { ProductEvent } from './index';
import { adfBody, doc, seededSite } from './fixture';

const asApp = { accountId: APP_ACCOUNT_ID };
type Json = Record<string, unknown>;
const obj = (v: unknown) => v as Json;

describe('product events', () => {
  it('fires Jira events with the documented shapes, after the response, for users and the app', async () => {
    const { site, issueKey } = await seededSite();
    try {
      await site.eventsIdle();
      const seen: ProductEvent[] = [];
      let responded = false;
      site.onEvent((e) => { assert.equal(responded, true, 'event before response'); seen.push(e); });
      await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { ...asApp, body: { fields: { description: doc('x') }, update: { labels: [{ add: 'phi' }] } } });
      responded = true;
      await site.eventsIdle();
      responded = false;
      const added = obj((await site.call('POST', `/rest/api/3/issue/${issueKey}/comment`, { body: { body: doc('hi') } })).body);
      responded = true;
      await site.eventsIdle();
      responded = false;
      await site.call('PUT', `/rest/api/3/issue/${issueKey}/comment/${String(added.id)}`, { ...asApp, body: { body: doc('hi!') } });
      await site.call('PUT', `/rest/api/3/issue/${issueKey}/properties/phiGuard`, { ...asApp, body: { v: 1 } });
      responded = true;
      await site.eventsIdle();

      assert.deepEqual(seen.map((e) => [e.eventType, e.atlassianId]), [
        ['avi:jira:updated:issue', APP_ACCOUNT_ID],
        ['avi:jira:commented:issue', DEFAULT_USER_ID],
        ['avi:jira:commented:issue', APP_ACCOUNT_ID],
      ]);
      const updated = obj(seen[0]);
      assert.deepEqual(Object.keys(obj(obj(updated.issue).fields)).sort(), ['created', 'creator', 'issuetype', 'project', 'reporter', 'status', 'summary', 'updated']);
      assert.deepEqual((obj(updated.changelog).items as Json[]).map((i) => Object.keys(i).sort()), [
        ['field', 'fieldId', 'fieldtype', 'fromString', 'toString'],
        ['field', 'fieldId', 'fieldtype', 'fromString', 'toString'],
      ]);
      assert.equal(obj(obj(seen[2]).comment).id, added.id);
    } finally { await site.close(); }
  });

  it('fires Confluence page, blog post and comment events without bodies', async () => {
    const { site, pageId, footerCommentId } = await seededSite();
    try {
      await site.eventsIdle();
      const seen: ProductEvent[] = [];
      site.onEvent((e) => seen.push(e));
      const blog = obj((await site.call('POST', '/wiki/api/v2/blogposts', { body: { spaceId: site.spaceId('CLIN'), title: 'News', body: adfBody('n') } })).body);
      await site.call('PUT', `/wiki/api/v2/blogposts/${String(blog.id)}`, { ...asApp, body: { id: blog.id, status: 'current', title: 'News', body: adfBody('m'), version: { number: 2 } } });
      await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { ...asApp, body: { id: pageId, status: 'current', title: 'Ward notes', body: adfBody('y'), version: { number: 2 } } });
      await site.call('PUT', `/wiki/api/v2/footer-comments/${footerCommentId}`, { ...asApp, body: { version: { number: 2 }, body: adfBody('z') } });
      await site.call('POST', `/wiki/rest/api/content/${pageId}/label`, { ...asApp, body: { prefix: 'global', name: 'phi' } });
      await site.eventsIdle();
      assert.deepEqual(seen.map((e) => [e.eventType, e.atlassianId]), [
        ['avi:confluence:created:blogpost', DEFAULT_USER_ID],
        ['avi:confluence:updated:blogpost', APP_ACCOUNT_ID],
        ['avi:confluence:updated:page', APP_ACCOUNT_ID],
        ['avi:confluence:updated:comment', APP_ACCOUNT_ID],
      ]);
      const page = obj(obj(seen[2]).content);
      assert.deepEqual(Object.keys(page).sort(), ['history', 'id', 'space', 'status', 'title', 'type']);
      assert.deepEqual(obj(page.space).key, 'CLIN');
      const comment = obj(obj(seen[3]).content);
      assert.deepEqual([comment.id, comment.type, comment.container, comment.extensions], [footerCommentId, 'comment', { id: pageId, type: 'page' }, { location: 'footer' }]);
    } finally { await site.close(); }
  });
});

describe('fault injection', () => {
  it('answers 429 with Retry-After for the given route and count, then recovers', async () => {
    const { site, issueKey } = await seededSite();
    try {
      site.faults.rateLimit({ route: '/rest/api/3/issue/{issueIdOrKey}', method: 'PUT', times: 2, retryAfterSeconds: 7 });
      const put = () => fetch(`${site.url}/rest/api/3/issue/${issueKey}`, {
        method: 'PUT', headers: { [ACCOUNT_HEADER]: APP_ACCOUNT_ID, 'content-type': 'application/json' }, body: JSON.stringify({ fields: { summary: 'x' } }),
      });
      const get = await fetch(`${site.url}/rest/api/3/issue/${issueKey}`, { headers: { [ACCOUNT_HEADER]: APP_ACCOUNT_ID } });
      assert.equal(get.status, 200, 'other methods on the route are untouched');
      for (let i = 0; i < 2; i++) {
        const limited = await put();
        assert.equal(limited.status, 429);
        assert.equal(limited.headers.get('retry-after'), '7');
        assert.deepEqual(await limited.json(), { errorMessages: ['Rate limit exceeded.'], errors: {} });
      }
      assert.equal((await put()).status, 204);
      const counters = site.counters().app;
      assert.deepEqual([counters.calls, counters.writes, counters.rateLimited, counters.writesPerItem], [4, 1, 2, { [`jira:${issueKey}`]: 1 }]);
      assert.deepEqual(site.snapshot().api, counters);
    } finally { await site.close(); }
  });

  it('injects 5xx in the product error shape and latency', async () => {
    const { site, pageId } = await seededSite();
    try {
      site.faults.serverError({ route: /^\/wiki\//, status: 502, caller: 'app' });
      site.faults.latency({ route: '*', ms: 150 });
      const headers = { [ACCOUNT_HEADER]: APP_ACCOUNT_ID };
      const started = Date.now();
      const failed = await fetch(`${site.url}/wiki/api/v2/pages/${pageId}`, { headers });
      assert.ok(Date.now() - started >= 140);
      assert.equal(failed.status, 502);
      assert.equal(((await failed.json()) as { errors: Json[] }).errors[0]?.code, 'BAD_GATEWAY');
      assert.equal((await fetch(`${site.url}/wiki/api/v2/pages/${pageId}`, { headers })).status, 200);
    } finally { await site.close(); }
  });

  it('lands a user edit between the app read and write: the app write then meets a 409', async () => {
    const { site, pageId } = await seededSite();
    try {
      site.faults.userEditBetweenReadAndWrite(`confluence:${pageId}`, async () => {
        const r = await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { body: { id: pageId, status: 'current', title: 'Ward notes', body: adfBody('user text'), version: { number: 2 } } });
        assert.equal(r.status, 200);
      });
      const page = obj((await site.call('GET', `/wiki/api/v2/pages/${pageId}`, asApp)).body);
      const next = Number(obj(page.version).number) + 1;
      const write = await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { ...asApp, body: { id: pageId, status: 'current', title: 'Ward notes', body: adfBody('app'), version: { number: next } } });
      assert.equal(write.status, 409);
      const retry = await site.call('PUT', `/wiki/api/v2/pages/${pageId}`, { ...asApp, body: { id: pageId, status: 'current', title: 'Ward notes', body: adfBody('app'), version: { number: next + 1 } } });
      assert.equal(retry.status, 200, 'the hook fires once');
    } finally { await site.close(); }
  });

  it('lands a user edit between the app read and write of an issue: Jira has no versions, the app overwrites it', async () => {
    const { site, issueKey } = await seededSite();
    try {
      site.faults.userEditBetweenReadAndWrite(`jira:${issueKey}`, async () => {
        await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { body: { fields: { description: doc('user added SSN 123-45-6789') } } });
      });
      await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { ...asApp, body: { update: { labels: [{ add: 'early' }] } } });
      assert.equal(site.snapshot().jira.issues[0]?.history.length, 1, 'not armed before the app reads');
      await site.call('GET', `/rest/api/3/issue/${issueKey}?fields=description`, asApp);
      await site.call('PUT', `/rest/api/3/issue/${issueKey}`, { ...asApp, body: { fields: { description: doc('[redacted]') } } });
      const history = site.snapshot().jira.issues[0]?.history ?? [];
      assert.deepEqual(history.slice(1).map((h) => [h.author, h.items[0]?.toString]), [
        [DEFAULT_USER_ID, 'user added SSN 123-45-6789'],
        [APP_ACCOUNT_ID, '[redacted]'],
      ]);
    } finally { await site.close(); }
  });
});

describe('snapshot', () => {
  it('reports the demo-seed report shape', async () => {
    const { site, issueKey, pageId } = await seededSite();
    try {
      const s = site.snapshot();
      const issue = s.jira.issues[0];
      assert.deepEqual(Object.keys(issue ?? {}), ['key', 'id', 'fields', 'properties', 'comments', 'history']);
      assert.equal(issue?.key, issueKey);
      assert.deepEqual(issue?.comments.map((c) => c.public), [true, false]);
      const page = s.confluence.pages[0];
      assert.deepEqual(Object.keys(page ?? {}), ['id', 'type', 'space', 'title', 'body', 'version', 'labels', 'properties', 'versions', 'comments']);
      assert.equal(page?.id, pageId);
      assert.deepEqual(page?.body, doc('Bed 4: J. Doe, DOB 1950-01-02'));
    } finally { await site.close(); }
  });
});
