/** The main job on Jira, end to end on the local site: real events, real handlers, real SDKs. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { doc, p, savePolicyOnSite, startLocalApp, t, type LocalApp } from './local-site';

interface IssueJson {
  id: string;
  fields: { summary: string; description: unknown; labels: string[] };
  properties?: { phiGuard?: { types: string[]; total: number; policyVersion: number } };
}
interface CommentJson { id: string; body: unknown; jsdPublic: boolean; visibility?: unknown }

const SSN_SPLIT = doc(p(t('Patient SSN on the form: '), t('412-58-', [{ type: 'strong' }]), t('7391'), t(' please verify.')));
const SSN_REDACTED = doc(p(t('Patient SSN on the form: '), t('[SSN]', [{ type: 'strong' }]), t(' please verify.')));

describe('Jira main job', () => {
  let app: LocalApp;
  beforeEach(async () => { app = await startLocalApp(); });
  afterEach(async () => { await app.stop(); });

  const createIssue = (fields: Record<string, unknown>) => app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, ...fields } });
  const issue = async (key = 'HC-1') => await app.asUser('GET', `/rest/api/3/issue/${key}?properties=phiGuard`) as IssueJson;

  it('redacts the description in place across formatting, tags the issue, records without the text, in one content write', async () => {
    await createIssue({ summary: 'Refill request', description: SSN_SPLIT });
    await app.runtime.settle();
    const after = await issue();
    assert.deepEqual(after.fields.description, SSN_REDACTED);
    assert.deepEqual([...after.fields.labels].sort(), ['phi-detected', 'phi-ssn']);
    assert.deepEqual(after.properties?.phiGuard?.types, ['SSN']);
    const records = await app.records();
    assert.deepEqual(records.map((r) => [r.product, r.container, r.field, r.type, r.action, r.token]), [['jira', 'HC', '/fields/description', 'SSN', 'redacted', '[SSN]']]);
    assert.deepEqual(records[0]?.notes, ['history-retains-old-text']);
    assert.equal(JSON.stringify(records).includes('7391'), false);
    // One edit (content + labels) and one property write; the app's own edit fires no new scan (ignoreSelf).
    assert.equal(app.site.counters().app.writesPerItem['jira:HC-1'], 2);
    assert.equal(app.runtime.counters.events.ignoredSelf, 1);
    // notifyUsers=false was honoured: nobody was notified of the app's edit.
    assert.deepEqual(app.site.snapshot().notifications.filter((n) => n.by !== '000000:clerk-0001'), []);
  });

  it('costs one read and no write for an issue without PHI, and for an edit of a field it does not scan', async () => {
    await createIssue({ summary: 'Printer on ward 4 jams', description: doc(p(t('Build 4.18.2 of the driver, ticket CLIN-4417.'))) });
    await app.runtime.settle();
    const clean = app.site.counters().app;
    assert.equal(clean.writes, 0);
    assert.equal(clean.calls, 1);
    await app.asUser('PUT', '/rest/api/3/issue/HC-1', { update: { labels: [{ add: 'printer' }] } });
    await app.runtime.settle();
    assert.equal(app.site.counters().app.calls, 2);
    assert.equal(app.site.counters().app.writes, 0);
  });

  it('scans a field again when a user edits it, and only that field', async () => {
    await createIssue({ summary: 'Callback', description: doc(p(t('Nothing sensitive yet.'))) });
    await app.runtime.settle();
    await app.asUser('PUT', '/rest/api/3/issue/HC-1', { fields: { summary: 'Callback (312) 555-0142 after 5pm' } });
    await app.runtime.settle();
    const after = await issue();
    assert.equal(after.fields.summary, 'Callback [PHONE] after 5pm');
    assert.deepEqual((await app.records()).map((r) => [r.field, r.type]), [['/fields/summary', 'PHONE']]);
  });

  it('redacts a public service-desk comment, makes it internal and keeps its visibility', async () => {
    await createIssue({ summary: 'Portal login', description: doc(p(t('Cannot log in.'))) });
    const comment = await app.asUser('POST', '/rest/api/3/issue/HC-1/comment', {
      body: doc(p(t('My date of birth is 03/14/1962 and my SSN is 412-58-7391.'))),
      visibility: { type: 'role', value: 'Administrators', identifier: 'Administrators' },
    }) as CommentJson;
    await app.runtime.settle();
    const after = await app.asUser('GET', `/rest/api/3/issue/HC-1/comment/${comment.id}`) as CommentJson;
    assert.deepEqual(after.body, doc(p(t('My date of birth is [DATE] and my SSN is [SSN].'))));
    assert.equal(after.jsdPublic, false);
    assert.deepEqual(after.visibility, comment.visibility);
    assert.deepEqual([...(await issue()).fields.labels].sort(), ['phi-date', 'phi-detected', 'phi-ssn']);
  });

  it('writes one set of records when every event is delivered twice', async () => {
    await app.stop();
    app = await startLocalApp({ atLeastOnce: { duplicateShare: 1, seed: 7 } });
    await createIssue({ summary: 'Refill request', description: SSN_SPLIT });
    await app.runtime.settle();
    assert.ok(app.runtime.counters.events.duplicated >= 1);
    assert.deepEqual((await app.records()).map((r) => r.type), ['SSN']);
    assert.deepEqual((await issue()).fields.description, SSN_REDACTED);
  });

  it('finishes a 429 storm with nothing lost', async () => {
    app.site.faults.rateLimit({ route: '*', caller: 'app', times: 12, retryAfterSeconds: 2 });
    await createIssue({ summary: 'Refill request', description: SSN_SPLIT });
    await app.runtime.settle();
    assert.ok(app.site.counters().app.rateLimited >= 12);
    assert.deepEqual((await issue()).fields.description, SSN_REDACTED);
    assert.deepEqual((await app.records()).map((r) => r.type), ['SSN']);
  });

  it('records that watchers may have been e-mailed when the site ignores notifyUsers=false', async () => {
    app.site.settings.appIsProjectAdmin = false;
    await createIssue({ summary: 'Refill request', description: SSN_SPLIT });
    await app.runtime.settle();
    assert.deepEqual((await app.records())[0]?.notes, ['history-retains-old-text', 'notify-flag-ignored']);
    assert.equal(app.site.snapshot().notifications.filter((n) => n.by !== '000000:clerk-0001').length, 1);
  });
});

describe('Jira history purge (Guard Premium)', () => {
  let app: LocalApp;
  beforeEach(async () => { app = await startLocalApp({ guardPremium: true }); });
  afterEach(async () => { await app.stop(); });

  it('purges the old text from the issue history when the policy asks and the site has Guard Premium', async () => {
    await savePolicyOnSite(app, { jira: { purgeHistory: true } });
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Refill', description: doc(p(t('Nothing yet.'))) } });
    await app.runtime.settle();
    await app.asUser('PUT', '/rest/api/3/issue/HC-1', { fields: { description: SSN_SPLIT } });
    await app.runtime.settle();
    const history = JSON.stringify(await app.asUser('GET', '/rest/api/3/issue/HC-1/changelog'));
    assert.equal(history.includes('7391'), false);
    assert.deepEqual((await app.records()).map((r) => r.notes), [['history-purged']]);
    assert.deepEqual((await app.asUser('GET', '/rest/api/3/issue/HC-1') as IssueJson).fields.description, SSN_REDACTED);
  });

  it('says the history still holds the old text when the site has no Guard Premium', async () => {
    app.site.settings.guardPremium = false;
    await savePolicyOnSite(app, { jira: { purgeHistory: true } });
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Refill', description: SSN_SPLIT } });
    await app.runtime.settle();
    assert.deepEqual((await app.records()).map((r) => r.notes), [['history-retains-old-text']]);
  });
});

describe('Jira alerts', () => {
  let app: LocalApp;
  beforeEach(async () => { app = await startLocalApp(); });
  afterEach(async () => { await app.stop(); });

  it('e-mails the alert recipients the issue key and the types, never the values', async () => {
    await savePolicyOnSite(app, { alerts: { recipients: ['000000:privacy-officer'] } });
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Refill', description: SSN_SPLIT } });
    await app.runtime.settle();
    const alerts = app.site.snapshot().notifications.filter((n) => n.event === 'notify');
    assert.deepEqual(alerts.map((a) => [a.item, a.to, a.subject]), [['jira:HC-1', ['000000:privacy-officer'], 'phi-guard: PHI redacted in HC-1']]);
    assert.equal(JSON.stringify(alerts).includes('7391'), false);
  });
});

describe('Jira restrict and upstream errors', () => {
  let app: LocalApp;
  beforeEach(async () => { app = await startLocalApp(); });
  afterEach(async () => { await app.stop(); });

  it('sets the configured issue security level when a type says "redact and restrict"', async () => {
    const levels = await app.asUser('GET', '/rest/api/3/project/HC/securitylevel') as { levels: Array<{ id: string }> };
    const levelId = levels.levels[0]?.id ?? '';
    await savePolicyOnSite(app, { types: { SSN: { action: 'redact-and-restrict' } }, jira: { securityLevelId: levelId } });
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Refill', description: SSN_SPLIT } });
    await app.runtime.settle();
    const issue = await app.asUser('GET', '/rest/api/3/issue/HC-1') as { fields: { security?: { id: string }; description: unknown } };
    assert.equal(issue.fields.security?.id, levelId);
    assert.deepEqual(issue.fields.description, SSN_REDACTED);
    assert.deepEqual((await app.records()).map((r) => r.action), ['redacted-and-restricted']);
  });

  it('retries server errors with backoff and finishes the job', async () => {
    app.site.faults.serverError({ route: '/rest/api/3/issue/{issueIdOrKey}', method: 'PUT', caller: 'app', times: 2, status: 503 });
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Refill', description: SSN_SPLIT } });
    await app.runtime.settle();
    assert.deepEqual((await app.asUser('GET', '/rest/api/3/issue/HC-1') as IssueJson).fields.description, SSN_REDACTED);
    assert.equal(app.runtime.counters.events.retried, 0);
  });
});
