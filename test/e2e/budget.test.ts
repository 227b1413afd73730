/** A trigger that runs short of time hands its job to the scan consumer instead of being cut off. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { doc, p, startLocalApp, t, type LocalApp } from './local-site';

describe('time budget', () => {
  let app: LocalApp;
  before(async () => { app = await startLocalApp(); });
  after(async () => { await app.stop(); });

  it('hands the job to the consumer when the trigger has under 10 s left, and the consumer finishes it', async () => {
    app.runtime.setInvocationBudget(5_000, 'onJiraEvent');
    await app.asUser('POST', '/rest/api/3/issue', { fields: { project: { key: 'HC' }, summary: 'Refill', description: doc(p(t('SSN 412-58-7391'))) } });
    await app.runtime.settle();
    app.runtime.setInvocationBudget(undefined);
    assert.equal(app.runtime.counters.queue.pushed, 1);
    assert.equal(app.runtime.counters.queue.consumed, 1);
    const issue = await app.asUser('GET', '/rest/api/3/issue/HC-1') as { fields: { description: unknown } };
    assert.deepEqual(issue.fields.description, doc(p(t('SSN [SSN]'))));
  });
});
