/**
 * Regression: the screenshot comparison's fallback (a pixel diff run in the page) threw
 * "__name is not defined" whenever a screenshot was not byte-identical to its baseline.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, pixelDiffShare } from './browser';

describe('screenshot pixel diff', () => {
  let browser: Browser;
  before(async () => { browser = await launchBrowser(); });
  after(async () => { await browser.close(); });

  it('measures the share of pixels that differ between two screenshots', async () => {
    const page = await browser.newPage({ viewport: { width: 40, height: 20 } });
    await page.setContent('<body style="margin:0;background:#fff"></body>');
    const white = await page.screenshot();
    await page.setContent('<body style="margin:0;background:#fff"><div style="width:20px;height:20px;background:#000"></div></body>');
    const half = await page.screenshot();
    assert.equal(await pixelDiffShare(page, white, white), 0);
    assert.equal(await pixelDiffShare(page, white, half), 0.5);
    await page.close();
  });
});
