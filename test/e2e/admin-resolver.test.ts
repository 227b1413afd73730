/**
 * The admin page's resolvers on the local site: real handlers, real SDKs, permission checks asked of the
 * emulated Jira and Confluence as the calling user.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AdminDefinitions, HistoryEntry, Overview, PolicyView, RecordsPage, SampleResult, DetectorTest } from '../../src/shared/resolver-contract';
import { invokeAdmin } from './admin-page';
import { doc, p, startLocalApp, t, USER, type LocalApp } from './local-site';

const ADMIN = '000000:privacy-officer';
const AGENT = '000000:support-agent';

type Key = keyof AdminDefinitions;
type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; issues?: string[] } };

describe('admin resolvers', () => {
  let app: LocalApp;
  const call = async <T>(key: Key, payload: unknown, as = ADMIN, ext: 'jira:adminPage' | 'confluence:globalSettings' = 'jira:adminPage') =>
    (await invokeAdmin(app.runtime, as, key, payload, ext)) as Envelope<T>;
  const data = async <T>(key: Key, payload: unknown): Promise<T> => {
    const r = await call<T>(key, payload);
    assert.ok(r.ok, `${key}: ${JSON.stringify(r)}`);
    return r.data;
  };

  before(async () => {
    app = await startLocalApp({
      users: [{ accountId: USER, displayName: 'Front Desk Clerk' }, { accountId: ADMIN, displayName: 'Privacy Officer' },
        { accountId: AGENT, displayName: 'Support Agent', siteAdmin: false }],
      appIsProjectAdmin: false,
    });
    for (const text of ['Patient SSN 412-58-7391 on file.', 'Call back on (312) 555-0147.', 'MRN: 00418823, SSN 523-44-9081']) {
      await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Request', description: doc(p(t(text))) } });
      await app.runtime.settle();
    }
  });
  after(async () => { await app.stop(); });

  it('refuses a user who administers neither product, in Jira and in Confluence, before reading the payload', async () => {
    for (const ext of ['jira:adminPage', 'confluence:globalSettings'] as const) {
      const r = await call('getPolicy', { bogus: true }, AGENT, ext);
      assert.deepEqual(r, { ok: false, error: { code: 'FORBIDDEN', message: 'Only a site administrator can use the phi-guard admin page.' } });
    }
    assert.equal((await call('getPolicy', {}, ADMIN, 'confluence:globalSettings')).ok, true);
  });

  it('rejects payloads the contract does not describe, with the field named', async () => {
    const r = await call('listRecords', { product: 'bitbucket' });
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'VALIDATION');
    assert.match(!r.ok ? (r.error.issues ?? []).join() : '', /^product: /);
    const bad = await call('savePolicy', { revision: 0, policy: { schemaVersion: 1, name: '', types: { SSN: { minScore: 2 } } } });
    assert.equal(!bad.ok && bad.error.code, 'VALIDATION');
    assert.deepEqual(!bad.ok && bad.error.issues, ['name: Too small: expected string to have >=1 characters', 'types.SSN.minScore: Too big: expected number to be <=1']);
  });

  it('shows the overview: counts by type, top projects, recent activity and the warnings an admin must act on', async () => {
    const o = await data<Overview>('getOverview', { days: 7 });
    assert.equal(o.days.length, 7);
    const total = (type: string) => o.days.reduce((n, d) => n + ((d.counts as Record<string, number>)[type] ?? 0), 0);
    assert.equal(total('SSN'), 2);
    assert.equal(total('PHONE'), 1);
    assert.deepEqual(o.topContainers, [{ product: 'jira', container: 'HC', count: o.totals.records }]);
    assert.equal(o.recent[0]?.seq, o.totals.records);
    assert.deepEqual(o.warnings.map((w) => w.id), ['notify-flag-ignored', 'history-purge-unavailable', 'policy-never-saved', 'restricted-containers']);
  });

  it('saves with optimistic concurrency, records who changed what, and restores an old revision', async () => {
    const start = await data<PolicyView>('getPolicy', {});
    assert.equal(start.revision, 0);
    const edited = { ...start.policy, tokenStyle: 'mask', types: { SSN: { enabled: true, minScore: 0.7, action: 'tag' } }, scope: { ...start.policy.scope, excludeProjects: ['OPS'] } };
    const saved = await data<PolicyView>('savePolicy', { policy: edited, revision: 0 });
    assert.equal(saved.revision, 1);
    // A second admin still editing revision 0 is refused, and nothing changes.
    const stale = await call('savePolicy', { policy: { ...start.policy, tokenStyle: 'last4' }, revision: 0 });
    assert.equal(!stale.ok && stale.error.code, 'CONFLICT');
    assert.match(!stale.ok ? stale.error.message : '', /revision 1\) after you opened revision 0/);
    assert.equal((await data<PolicyView>('getPolicy', {})).policy.tokenStyle, 'mask');

    const history = await data<HistoryEntry[]>('getPolicyHistory', {});
    assert.deepEqual(history.map((h) => [h.revision, h.accountId, h.change]), [[1, ADMIN, 'save']]);
    assert.deepEqual(history[0]?.diff, [
      { path: 'scope.excludeProjects', before: '[]', after: '["OPS"]' },
      { path: 'tokenStyle', before: '"label"', after: '"mask"' },
      { path: 'types.SSN.action', after: '"tag"' },
      { path: 'types.SSN.enabled', after: 'true' },
      { path: 'types.SSN.minScore', after: '0.7' },
    ]);

    const restored = await data<PolicyView>('restorePolicy', { revision: 0, currentRevision: 1 });
    assert.equal(restored.revision, 2);
    assert.deepEqual(restored.policy, start.policy);
    assert.equal((await call('restorePolicy', { revision: 9, currentRevision: 2 }) as { error?: { code: string } }).error?.code, 'NOT_FOUND');
    const again = await data<PolicyView>('restorePolicy', { revision: 1, currentRevision: 2 });
    assert.equal(again.policy.tokenStyle, 'mask');
    assert.deepEqual((await data<HistoryEntry[]>('getPolicyHistory', {})).map((h) => [h.revision, h.change]), [[3, 'restore'], [2, 'restore'], [1, 'save']]);
  });

  it('stores an allowlisted value as a fingerprint only, and the sample tester then lets it through', async () => {
    const before = await data<PolicyView>('getPolicy', {});
    const view = await data<PolicyView>('addAllowlistValue', { value: '412-58-7391', revision: before.revision });
    assert.equal(JSON.stringify(view.policy).includes('7391'), false);
    assert.equal(view.policy.allowlist.fingerprints.length, 1);
    assert.match(view.policy.allowlist.fingerprints[0] ?? '', /^[0-9a-f]{64}$/);
    const sample = await data<SampleResult>('testSample', { text: 'SSN 412-58-7391 and 523-44-9081' });
    assert.deepEqual(sample.findings.map((f) => [f.type, f.start, f.end]), [['SSN', 20, 31]]);
  });

  it('tests a draft policy on a sample without storing it: findings with type, score and offsets, and the redacted text', async () => {
    const text = 'Pt called from (312) 555-0147, DOB 03/14/1962.';
    const r = await data<SampleResult>('testSample', { text, policy: { schemaVersion: 1, name: 'Draft', tokenStyle: 'label' } });
    assert.deepEqual(r.findings.map((f) => [f.type, text.slice(f.start, f.end)]), [['PHONE', '(312) 555-0147'], ['DATE', '03/14/1962']]);
    assert.ok(r.findings.every((f) => f.score >= 0.5 && f.score <= 1));
    assert.equal(r.redacted, 'Pt called from [PHONE], DOB [DATE].');
    assert.equal(JSON.stringify(app.runtime.logs).includes('555-0147'), false);
  });

  it('tests a custom detector against its examples and refuses patterns that are not linear or match everything', async () => {
    const detector = { id: 'member-id', type: 'HEALTH_PLAN_ID', pattern: 'HX\\d{7}', context: ['member'], needsContext: true };
    const ok = await data<DetectorTest>('testDetector', { detector, mustMatch: ['member HX1234567'], mustNotMatch: ['HX1234567 with no cue', 'member HX12'] });
    assert.deepEqual(ok.results.map((r) => [r.text, r.matched, r.ok]), [['member HX1234567', true, true], ['HX1234567 with no cue', false, true], ['member HX12', false, true]]);
    assert.equal(ok.allOk, true);
    const slow = await data<DetectorTest>('testDetector', { detector: { ...detector, pattern: '(\\d+)+X' }, mustMatch: ['x'] });
    assert.match(slow.patternProblem ?? '', /exponential backtracking/);
    const all = await data<DetectorTest>('testDetector', { detector: { ...detector, pattern: '.*' }, mustMatch: ['x'] });
    assert.match(all.patternProblem ?? '', /matches nearly any text/);
  });

  it('lists records with filters and storage-cursor paging, exports CSV and verifies the chain', async () => {
    const first = await data<RecordsPage>('listRecords', { pageSize: 2 });
    assert.equal(first.rows.length, 2);
    assert.ok(first.nextCursor);
    const rest = await data<RecordsPage>('listRecords', { pageSize: 2, cursor: first.nextCursor });
    const seqs = [...first.rows, ...rest.rows].map((r) => r.seq);
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
    assert.equal(new Set(seqs).size, seqs.length);
    assert.equal(first.chain.ok, true);
    const ssn = await data<RecordsPage>('listRecords', { type: 'SSN', product: 'jira', container: 'hc', csv: true });
    assert.deepEqual(ssn.rows.map((r) => r.type), ['SSN', 'SSN']);
    const lines = (ssn.csv ?? '').trim().split('\r\n');
    assert.equal(lines[0], 'seq,time,product,container,contentType,contentId,field,type,detector,score,action,token,notes');
    assert.equal(lines.length, 3);
    assert.equal((await data<RecordsPage>('listRecords', { from: '2999-01-01T00:00:00Z' })).rows.length, 0);
  });
});

describe('admin resolvers: a save interrupted after its history entry', () => {
  it('is rolled forward by the next save, which is refused as a conflict rather than lost', async () => {
    const app = await startLocalApp({ users: [{ accountId: ADMIN, displayName: 'Privacy Officer' }] });
    try {
      const { createHistoryEntry } = await import('../../src/adapters/kvs/policy-history');
      const { HIPAA_SAFE_HARBOR } = await import('../../src/core/policy/defaults');
      const interrupted = { ...HIPAA_SAFE_HARBOR, name: 'Interrupted save' };
      assert.equal(await createHistoryEntry({ revision: 1, at: '2026-12-01T09:00:00.000Z', accountId: ADMIN, change: 'save', diff: [], previous: { revision: 0, policy: HIPAA_SAFE_HARBOR }, policy: interrupted }), true);
      assert.equal(await createHistoryEntry({ revision: 1, at: '2026-12-01T09:00:00.000Z', accountId: ADMIN, change: 'save', diff: [], previous: { revision: 0, policy: HIPAA_SAFE_HARBOR }, policy: interrupted }), false);
      const r = (await invokeAdmin(app.runtime, ADMIN, 'savePolicy', { policy: { ...HIPAA_SAFE_HARBOR, name: 'Mine' }, revision: 0 })) as Envelope<PolicyView>;
      assert.equal(!r.ok && r.error.code, 'CONFLICT');
      const now = (await invokeAdmin(app.runtime, ADMIN, 'getPolicy', {})) as Envelope<PolicyView>;
      assert.deepEqual(now.ok && [now.data.revision, now.data.policy.name], [1, 'Interrupted save']);
    } finally { await app.stop(); }
  });
});
