// The harness against the real Jira/Confluence emulator: its events reach the fixture triggers, the app's own
// writes come back as events with the app's account, and ignoreSelf drops them for Jira.
import './setup';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asApp, route } from '@forge/api';
import { ACCOUNT_HEADER as EMULATOR_ACCOUNT_HEADER, APP_ACCOUNT_ID, DEFAULT_USER_ID, type Site, createSite } from '../emulator';
import { FIXTURE_MANIFEST, FIXTURE_SRC } from './fixtures/harness';
import { calls } from './fixtures/src/recorder';
import { ACCOUNT_HEADER, type ForgeRuntime, installForgeRuntime } from './runtime';

let site: Site;
let runtime: ForgeRuntime;
before(async () => {
  site = await createSite({ projects: [{ key: 'PS', name: 'Patient Support' }] });
  runtime = installForgeRuntime({ site, appAccountId: APP_ACCOUNT_ID, manifestPath: FIXTURE_MANIFEST, srcRoot: FIXTURE_SRC });
});
after(async () => {
  runtime.uninstall();
  await site.close();
});

describe('harness + emulator', () => {
  it('names the caller in the header the emulator reads', () => {
    assert.equal(ACCOUNT_HEADER, EMULATOR_ACCOUNT_HEADER);
  });

  it('delivers a user\'s edit to the Jira trigger and ignores the app\'s own edit', async () => {
    const created = await site.call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'PS' }, summary: 'Printer jam', issuetype: { name: 'Task' } } } });
    assert.equal(created.status, 201);
    await runtime.settle();
    assert.equal(calls.length, 1);
    assert.equal((calls[0]!.payload as { eventType: string }).eventType, 'avi:jira:created:issue');
    assert.deepEqual((calls[0]!.context as { principal: unknown }).principal, { accountId: DEFAULT_USER_ID });

    const id = (created.body as { id: string }).id;
    const edit = await asApp().requestJira(route`/rest/api/3/issue/${id}`, {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fields: { summary: 'Printer jam (triaged)' } }),
    });
    assert.equal(edit.status, 204);
    await runtime.settle();
    assert.equal(calls.length, 1);
    assert.equal(runtime.counters.events.ignoredSelf, 1);
  });
});
