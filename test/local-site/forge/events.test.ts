// Product-event delivery to the triggers of the fixture manifest: context, ignoreSelf, at-least-once,
// retries on the virtual clock, counters and log capture.
import './setup';
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { AtLeastOnceOptions } from './events';
import { APP_ACCOUNT, type Harness, startHarness } from './fixtures/harness';
import { calls } from './fixtures/src/recorder';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
const start = async (o?: AtLeastOnceOptions) => (h = await startHarness(o));

const USER = 'user-0042';
const jiraEvent = (test?: object, atlassianId = USER) => ({ eventType: 'avi:jira:updated:issue', atlassianId, issue: { id: '10001', key: 'PS-1' }, ...(test ? { test } : {}) });
const pageEvent = (atlassianId = USER) => ({ eventType: 'avi:confluence:updated:page', atlassianId, content: { id: '98305', type: 'page' } });

describe('product events', () => {
  it('calls the subscribed trigger with the event and {principal, installContext, workspaceId}', async () => {
    const { runtime, site } = await start();
    site.emit(jiraEvent());
    site.emit({ eventType: 'avi:jira:deleted:comment', atlassianId: USER }); // no trigger subscribes
    await runtime.settle();
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]!.payload, jiraEvent());
    const context = calls[0]!.context as { principal: { accountId: string }; installContext: string; workspaceId: string };
    assert.deepEqual(context.principal, { accountId: USER });
    assert.equal(context.installContext, `ari:cloud:jira::site/${context.workspaceId}`);
    assert.equal((calls[0]!.extra as { remainingMs: number }).remainingMs, 25_000);
  });

  it('honours ignoreSelf for Jira only: Confluence triggers see the app\'s own writes', async () => {
    const { runtime, site } = await start();
    site.emit(jiraEvent(undefined, APP_ACCOUNT));
    site.emit(pageEvent(APP_ACCOUNT));
    await runtime.settle();
    assert.deepEqual(calls.map((c) => c.fn), ['onConfluenceEvent']);
    assert.equal(runtime.counters.events.ignoredSelf, 1);
    assert.equal((calls[0]!.context as { installContext: string }).installContext.startsWith('ari:cloud:confluence::site/'), true);
  });

  it('delivers a seeded, reproducible share of events twice', async () => {
    const deliveries = async (seed: number) => {
      const { runtime, site } = await start({ duplicateShare: 0.5, seed });
      for (let i = 0; i < 40; i++) site.emit(jiraEvent({ i }));
      await runtime.settle();
      await h!.stop();
      h = undefined;
      return { ...runtime.counters.events };
    };
    const a = await deliveries(7);
    const b = await deliveries(7);
    assert.deepEqual(a, b);
    assert.ok(a.duplicated > 10 && a.duplicated < 30, `duplicated ${a.duplicated} of 40`);
    assert.equal(a.delivered, 40 + a.duplicated);
  });

  it('retries an InvocationError after retryAfter on the virtual clock, with retryContext', async () => {
    const { runtime, site } = await start();
    const t0 = runtime.clock.now();
    site.emit(jiraEvent({ retryUntil: 1, retryAfter: 120 }));
    await runtime.settle();
    assert.deepEqual(calls.map((c) => c.at! - t0), [0, 120_000]);
    assert.deepEqual((calls[1]!.payload as { retryContext: unknown }).retryContext, { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { seen: 0 } });
    assert.deepEqual({ ...runtime.counters.events }, { delivered: 2, duplicated: 0, ignoredSelf: 0, retried: 1, failed: 0 });
  });

  it('retries a throwing handler 4 times, then counts it failed; the error is in the logs', async () => {
    const { runtime, site } = await start();
    site.emit(jiraEvent({ throw: 'upstream exploded' }));
    await runtime.settle();
    assert.equal(calls.length, 5);
    assert.equal((calls[4]!.payload as { retryContext: { retryReason: string } }).retryContext.retryReason, 'FUNCTION_PLATFORM_UNKNOWN_ERROR');
    assert.deepEqual({ ...runtime.counters.events }, { delivered: 5, duplicated: 0, ignoredSelf: 0, retried: 4, failed: 1 });
    assert.equal(runtime.logs.filter((l) => l.level === 'error' && l.message === 'Error: upstream exploded').length, 5);
  });

  it('captures console output per invocation and settles work a handler pushes to the queue', async () => {
    const { runtime, site } = await start();
    site.emit(jiraEvent({ log: 'scanned PS-1', push: 3 }));
    site.emit(pageEvent());
    await runtime.settle();
    assert.deepEqual(runtime.logs.map((l) => [l.functionKey, l.level, l.message]), [['onJiraEvent', 'log', 'scanned PS-1']]);
    assert.equal(typeof runtime.logs[0]!.invocationId, 'string');
    assert.equal(calls.filter((c) => c.fn === 'onWork').length, 3);
    // The consumer runs in the installation of the invocation that pushed.
    assert.match((calls.find((c) => c.fn === 'onWork')!.context as { installContext: string }).installContext, /^ari:cloud:jira::site\//);
  });
});
