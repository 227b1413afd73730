/**
 * Who is a site administrator: the admin page's resolvers ask Jira (/mypermissions ADMINISTER) and Confluence
 * (/user/current?expand=operations, "administer application") as the calling user, so a user created with
 * `siteAdmin: false` must fail both checks while other users and the app keep their answers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { APP_ACCOUNT_ID, createSite } from './index';

const ADMIN = '000000:site-admin';
const AGENT = '000000:support-agent';

describe('site administrators', () => {
  it('grants Administer Jira and Confluence "administer application" to admins only', async () => {
    const site = await createSite({ users: [{ accountId: ADMIN, displayName: 'Admin' }, { accountId: AGENT, displayName: 'Agent', siteAdmin: false }] });
    try {
      const jira = async (accountId: string) => {
        const body = (await site.call('GET', '/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS', { accountId })).body as {
          permissions: Record<string, { havePermission: boolean }>;
        };
        return [body.permissions.ADMINISTER?.havePermission, body.permissions.BROWSE_PROJECTS?.havePermission];
      };
      assert.deepEqual(await jira(ADMIN), [true, true]);
      assert.deepEqual(await jira(AGENT), [false, true]);
      assert.deepEqual(await jira(APP_ACCOUNT_ID), [false, true]);
      const confluence = async (accountId: string) => {
        const body = (await site.call('GET', '/wiki/rest/api/user/current?expand=operations', { accountId })).body as {
          operations: Array<{ operation: string; targetType: string }>;
        };
        return body.operations.some((o) => o.operation === 'administer' && o.targetType === 'application');
      };
      assert.equal(await confluence(ADMIN), true);
      assert.equal(await confluence(AGENT), false);
      assert.equal(await confluence(APP_ACCOUNT_ID), false);
      const plain = (await site.call('GET', '/wiki/rest/api/user/current', { accountId: ADMIN })).body as Record<string, unknown>;
      assert.equal(plain.operations, undefined, 'operations only when expanded');
    } finally { await site.close(); }
  });
});
