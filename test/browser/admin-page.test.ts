/**
 * The admin page in a real browser, driven as an admin would: the real page in the local UI Kit host,
 * its calls answered by the real resolvers on the seeded local site (`phi-guard admin`). The tabs are
 * visited in the order an admin would work, and later steps build on earlier ones (the saved policy shows
 * up in the history, the detector in the sample tester), so the tests run in order on one preview.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Policy } from '../../src/core/policy/schema';
import { assertClean, choose, invokes, launchBrowser, matchScreenshot, openPage, settled, startPreview, type CheckedPage, type Preview } from './browser';

describe('admin page in the browser', () => {
  let preview: Preview;
  let browser: Browser;
  let admin: CheckedPage;

  before(async () => {
    [preview, browser] = await Promise.all([startPreview(), launchBrowser()]);
    admin = await openPage(browser, preview.url);
  });
  after(async () => {
    await browser?.close();
    await preview?.stop();
  });

  const tab = async (name: string) => {
    await admin.page.getByRole('tab', { name, exact: true }).click();
    await settled(admin.page);
  };

  it('opens on the overview: chart, top projects and spaces, recent activity and health warnings', async () => {
    const { page } = admin;
    await page.getByText('37 findings recorded, 37 of them redacted.').waitFor();
    await page.getByText('Jira issue history still holds redacted text').waitFor();
    await page.getByText('The policy has never been saved').waitFor();
    assert.equal(await page.locator('figure[data-chart="bar"] rect').count() > 5, true);
    assert.deepEqual(await page.getByRole('table').first().locator('tbody tr').allInnerTexts(), ['HC\tJira\t22', 'CLIN\tConfluence\t15']);
    await matchScreenshot(page, 'overview');
    await assertClean(admin);
  });

  it('changes the policy and saves it; a second admin editing the old revision is refused', async () => {
    const { page } = admin;
    const other = await openPage(browser, preview.url);
    await other.page.getByRole('tab', { name: 'Policy', exact: true }).click();
    await other.page.getByLabel('Policy name').waitFor();

    await tab('Policy');
    await choose(page, page.getByLabel('How redacted text reads'), 'Fixed mask [REDACTED]');
    await page.getByLabel('Look for Ages over 89').click({ force: true });
    const ssnRow = page.getByRole('row', { name: /Social Security numbers/ });
    await ssnRow.getByRole('combobox').nth(1).fill('Tag the item');
    await page.getByRole('option', { name: 'Tag the item', exact: true }).click();
    await page.getByLabel('Never these Jira projects').fill('OPS, FIN');
    await page.getByText('Unsaved changes').waitFor();
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.getByText('Saved revision 1').waitFor();
    const save = (await invokes(page)).find((c) => c.functionKey === 'savePolicy')?.payload as { revision: number; policy: Policy };
    assert.equal(save.revision, 0);
    assert.equal(save.policy.tokenStyle, 'mask');
    assert.deepEqual(save.policy.types.AGE, { enabled: false, minScore: 0.5, action: 'redact' });
    assert.equal(save.policy.types.SSN?.action, 'tag');
    assert.deepEqual(save.policy.scope.excludeProjects, ['OPS', 'FIN']);
    await matchScreenshot(page, 'policy');

    await other.page.getByLabel('Policy name').fill('Stale edit');
    await other.page.getByRole('button', { name: 'Save policy' }).click();
    await other.page.getByText('Someone else changed the policy').waitFor();
    await other.page.getByText('after you opened revision 0').waitFor();
    await assertClean(other);
    await other.page.context().close();
    await assertClean(admin);
  });

  it('tests a custom detector as it is typed, refuses a backtracking pattern, adds it, and allowlists a value', async () => {
    const { page } = admin;
    await tab('Custom detectors and allowlist');
    await page.getByLabel('Detector id').fill('member-id');
    await choose(page, page.getByLabel('Reports as'), 'Health plan IDs');
    await page.getByLabel('Pattern (regular expression)').fill('(\\d+)+X');
    await page.getByLabel('Context words (comma-separated)').fill('member');
    await page.getByLabel('Examples that must match (one per line)').fill('member HX1234567');
    await page.getByLabel('Examples that must not match (one per line)').fill('HX1234567 alone\nmember HX12');
    await page.getByText('Pattern refused').waitFor();
    await page.getByText(/exponential backtracking/).waitFor();
    await page.getByLabel('Pattern (regular expression)').fill('HX\\d{7}');
    await page.getByText('matched', { exact: true }).waitFor();
    assert.equal(await page.getByText('(wrong)').count(), 0);
    await page.getByRole('button', { name: 'Add detector to policy' }).click();
    await page.getByText('Detector member-id added to the policy.').waitFor();
    await page.getByRole('cell', { name: 'member-id' }).waitFor();

    await page.getByLabel(/Value never to report/).fill('(312) 555-0100');
    await page.getByRole('button', { name: 'Add to allowlist' }).click();
    await page.getByText('1 values allowlisted.', { exact: false }).waitFor();
    const allow = (await invokes(page)).find((c) => c.functionKey === 'addAllowlistValue');
    assert.deepEqual(allow?.payload, { value: '(312) 555-0100', revision: 2 });
    await matchScreenshot(page, 'detectors');
    await assertClean(admin);
  });

  it('runs the sample tester: findings highlighted with type and score, and the redacted text', async () => {
    const { page } = admin;
    await tab('Sample tester');
    await page.getByLabel('Sample text').fill('Pt called from (312) 555-0147 on 03/14/2026, member HX1234567. Clinic line (312) 555-0100.');
    await page.getByRole('button', { name: 'Test sample' }).click();
    await page.getByText('3 findings').waitFor();
    await page.getByText('(312) 555-0147 · Phone numbers 1.00').waitFor();
    await page.getByText(/HX1234567 · Health plan IDs/).waitFor();
    assert.equal(await page.getByLabel('Redacted result').inputValue(), 'Pt called from [REDACTED] on [REDACTED], member [REDACTED]. Clinic line (312) 555-0100.');
    await matchScreenshot(page, 'sample-tester');
    await assertClean(admin);
  });

  it('pages and filters the records, exports CSV and shows the chain verified', async () => {
    const { page } = admin;
    await tab('Records');
    await page.getByText('All 37 records are intact and in order.').waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    assert.equal(await rows.count(), 10);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Page 2', { exact: true }).waitFor();
    assert.equal((await rows.first().innerText()).split('\t')[0], '11');
    await choose(page, page.getByLabel('Type', { exact: true }), 'Social Security numbers');
    await page.getByLabel('From (UTC day)').fill('2026-12-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Page 1', { exact: true }).waitFor();
    await settled(page);
    const types = (await rows.allInnerTexts()).map((r) => r.split('\t')[4]);
    assert.ok(types.length > 0);
    assert.deepEqual([...new Set(types)], ['Social Security numbers']);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await page.getByLabel('CSV (select all and copy)').inputValue();
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines[0], 'seq,time,product,container,contentType,contentId,field,type,detector,score,action,token,notes');
    assert.equal(lines.length - 1, types.length);
    await matchScreenshot(page, 'records');
    await assertClean(admin);
  });

  it('shows who changed the policy and what, and restores an old revision', async () => {
    const { page } = admin;
    await tab('Policy history');
    await page.getByText('tokenStyle: "label" → "mask"').waitFor();
    assert.deepEqual(await page.getByRole('table').locator('tbody tr td:nth-child(1)').allInnerTexts(), ['3', '2', '1']);
    await page.getByRole('button', { name: 'Restore revision 1' }).click();
    await page.getByRole('row', { name: /^4\s/ }).getByText('Restored').waitFor();
    const restore = (await invokes(page)).find((c) => c.functionKey === 'restorePolicy');
    assert.deepEqual(restore?.payload, { revision: 1, currentRevision: 3 });
    await matchScreenshot(page, 'policy-history');
    await tab('Policy');
    await page.getByText('Saved revision 4').waitFor();
    await tab('Custom detectors and allowlist');
    await page.getByText('No custom detectors yet.').waitFor();
    await assertClean(admin);
  });

  it('refuses a user who is not a site administrator', async () => {
    const agent = await openPage(browser, `${preview.url}?as=preview-agent`);
    await agent.page.getByText('Administrators only').waitFor();
    await agent.page.getByText('Only a site administrator can use the phi-guard admin page.').waitFor();
    assert.equal(await agent.page.getByRole('tab').count(), 0);
    await matchScreenshot(agent.page, 'not-an-admin');
    await assertClean(agent);
    await agent.page.context().close();
  });
});
