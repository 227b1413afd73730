// __forge_fetch__ routing to the product site (as the app or a user), proxy errors, the time budget and
// the manifest loader's checks.
import './setup';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { ProxyRequestError, asApp, asUser, requestConfluence, requestJira, route } from '@forge/api';
import { APP_ACCOUNT, FIXTURE_SRC, type Harness, startHarness } from './fixtures/harness';
import { calls } from './fixtures/src/recorder';
import { loadManifest } from './manifest';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('__forge_fetch__ routing', () => {
  it('sends product calls to the site with the acting account in the header', async () => {
    h = await startHarness();
    await asApp().requestJira(route`/rest/api/3/issue/${'PS-1'}?fields=summary`);
    await requestConfluence(route`/wiki/api/v2/pages/${'98305'}`, { method: 'PUT', body: '{"version":{"number":2}}', headers: { 'content-type': 'application/json' } });
    await asUser('user-0042').requestJira(route`/rest/api/3/myself`);
    assert.deepEqual(h.site.requests.map((r) => [r.method, r.path, r.account]), [
      ['GET', '/rest/api/3/issue/PS-1?fields=summary', APP_ACCOUNT],
      ['PUT', '/wiki/api/v2/pages/98305', APP_ACCOUNT],
      ['GET', '/rest/api/3/myself', 'user-0042'],
    ]);
    assert.equal(h.site.requests[1]!.body, '{"version":{"number":2}}');
  });

  it('asUser() without an id acts as the invoking user', async () => {
    h = await startHarness();
    h.site.emit({ eventType: 'avi:jira:created:issue', atlassianId: 'user-0077', test: { callAsUser: true } });
    await h.runtime.settle();
    assert.equal((calls[0]!.extra as { myself: { accountId: string } }).myself.accountId, 'user-0077');
  });

  it('answers what the local site does not provide with a forge-proxy-error', async () => {
    h = await startHarness();
    await assert.rejects(asApp().requestGraph('{ me { user { accountId } } }'), ProxyRequestError);
    await assert.rejects(asUser().requestJira(route`/rest/api/3/myself`), /Authentication Required/);
  });

  it('fails clearly when no runtime is installed', async () => {
    await assert.rejects(requestJira(route`/rest/api/3/myself`), /No Forge runtime installed/);
  });
});

describe('time budget', () => {
  it('reports the remaining time on the virtual clock and can be overridden', async () => {
    h = await startHarness();
    h.runtime.setInvocationBudget(1_500);
    h.site.emit({ eventType: 'avi:jira:created:issue', atlassianId: 'user-0001' });
    await h.runtime.settle();
    assert.equal((calls[0]!.extra as { remainingMs: number }).remainingMs, 1_500);
  });
});

describe('manifest loader', () => {
  const write = (yaml: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'forge-manifest-')), 'manifest.yml');
    writeFileSync(path, yaml);
    return path;
  };
  const base = 'app:\n  id: ari:cloud:ecosystem::app/x\nmodules:\n  function:\n    - { key: f, handler: handlers.onJiraEvent }\n';

  it('refuses ignoreSelf on Confluence events, as Forge\'s validator does', () => {
    const path = write(`${base}  trigger:\n    - { key: t, function: f, events: [avi:confluence:created:page], filter: { ignoreSelf: true } }\n`);
    assert.throws(() => loadManifest(path, FIXTURE_SRC), /ignoreSelf works only with Jira events/);
  });

  it('refuses a module that names an undeclared function', () => {
    const path = write(`${base}  consumer:\n    - { key: c, queue: q, function: missing }\n`);
    assert.throws(() => loadManifest(path, FIXTURE_SRC), /names function "missing"/);
  });

  it('reads the repository manifest', () => {
    const m = loadManifest(join(import.meta.dirname, '..', '..', '..', 'manifest.yml'), FIXTURE_SRC);
    assert.match(m.appId, /^ari:cloud:ecosystem::app\//);
  });
});
