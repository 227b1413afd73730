// The async-events queue, driven through the real @forge/events Queue and the consumers in the fixture manifest.
import './setup';
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { JobDoesNotExistError, PayloadTooBigError, Queue, TooManyEventsError } from '@forge/events';
import { type Harness, startHarness } from './fixtures/harness';
import { calls } from './fixtures/src/recorder';

let h: Harness;
beforeEach(async () => void (h = await startHarness()));
afterEach(() => h.stop());

const work = () => new Queue({ key: 'work' });
const workCalls = () => calls.filter((c) => c.fn === 'onWork');

/** Posts straight to the queue endpoint, as a Queue with an injected apiClient could, skipping the SDK's own checks. */
async function rawPublish(payload: unknown[]): Promise<Response> {
  const body = JSON.stringify({ queueName: 'work', jobId: 'raw-job', type: 'avi:forge:app:event', schema: 'ari:cloud:ecosystem::forge/app-event-2', payload, time: '' });
  return globalThis.__forge_fetch__!({ type: 'fpp', provider: 'app', remote: 'stargate' }, '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}', { method: 'POST', body });
}

describe('queue', () => {
  it('delivers each pushed event on its own to the consumer named in the manifest', async () => {
    const { jobId } = await work().push([{ body: { n: 1 } }, { body: { n: 2 } }]);
    await h.runtime.settle();
    assert.equal(workCalls().length, 2);
    const event = workCalls()[0]!.payload as Record<string, unknown>;
    assert.deepEqual(event.body, { n: 1 });
    assert.equal(event.queueName, 'work');
    assert.equal(event.jobId, jobId);
    assert.equal(typeof event.eventId, 'string');
    assert.equal((workCalls()[0]!.extra as { remainingMs: number }).remainingMs, 900_000);
    assert.deepEqual(await work().getStats(jobId), { success: 2, inProgress: 0, failed: 0 });
  });

  it('enforces 50 events and 200 KB per push in the SDK and at the endpoint', async () => {
    const events = (n: number) => Array.from({ length: n }, (_, i) => ({ body: { i } }));
    await work().push(events(50));
    await assert.rejects(work().push(events(51)), TooManyEventsError);
    await assert.rejects(work().push({ body: { blob: 'x'.repeat(201 * 1024) } }), PayloadTooBigError);
    assert.equal((await rawPublish(events(51))).status, 400);
    assert.equal((await rawPublish([{ body: { blob: 'x'.repeat(201 * 1024) } }])).status, 413);
  });

  it('holds delayed events until the virtual clock reaches them', async () => {
    const start = h.runtime.clock.now();
    await work().push({ body: { late: true }, delayInSeconds: 600 });
    h.runtime.clock.advance(599_000);
    await new Promise((r) => setImmediate(r));
    assert.equal(workCalls().length, 0);
    await h.runtime.settle();
    assert.equal(workCalls()[0]!.at, start + 600_000);
  });

  it('redelivers on InvocationError with retryContext after retryAfter, at most 4 times', async () => {
    const { jobId } = await work().push([
      { body: { test: { retryUntil: 2, retryAfter: 30 } } },
      { body: { test: { retryUntil: 99 } } },
    ]);
    const start = h.runtime.clock.now();
    await h.runtime.settle();
    const byEvent = (i: number) => workCalls().filter((c) => (c.payload as { body: { test: { retryUntil: number } } }).body.test.retryUntil === [2, 99][i]);
    const recovered = byEvent(0);
    assert.deepEqual(recovered.map((c) => c.at! - start), [0, 30_000, 60_000]);
    assert.deepEqual(recovered.map((c) => (c.payload as { retryContext?: unknown }).retryContext), [
      undefined,
      { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { seen: 0 } },
      { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { seen: 1 } },
    ]);
    assert.equal(byEvent(1).length, 5);
    assert.deepEqual(await work().getStats(jobId), { success: 1, inProgress: 0, failed: 1 });
    assert.deepEqual({ ...h.runtime.counters.queue }, { pushed: 2, consumed: 8, retried: 6, failed: 1 });
  });

  it('cancels a job before its events run, and reports unknown jobs', async () => {
    const { jobId } = await work().push({ body: {}, delayInSeconds: 60 });
    await work().cancel(jobId);
    await h.runtime.settle();
    assert.equal(workCalls().length, 0);
    assert.deepEqual(await work().getStats(jobId), { success: 0, inProgress: 0, failed: 1 });
    await assert.rejects(work().getStats('no-such-job'), JobDoesNotExistError);
  });

  it('calls a resolver consumer with the Resolver call shape', async () => {
    await new Queue({ key: 'resolved' }).push({ body: { contentId: '42' } });
    await h.runtime.settle();
    const call = calls.find((c) => c.fn === 'resolver.handle')!;
    assert.deepEqual(call.payload, { contentId: '42' });
    assert.equal(typeof (call.context as { jobId: string }).jobId, 'string');
  });
});
