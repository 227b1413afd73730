/**
 * Browser test support: the admin page preview (`phi-guard admin`, a child process on 127.0.0.1), Debian's
 * Chromium through playwright-core, strict page checks, and screenshot baselines.
 *
 * A test fails on any page error, console error, component the host does not map (window.__unknownTypes) or
 * bridge warning (non-serialisable props, unhandled bridge commands). Screenshots are compared with
 * test/browser/__screenshots__/<name>.png: byte-equal passes at once; otherwise both are decoded in the
 * browser and at most 0.1% of pixels may differ (font or Chromium updates move a few); a missing baseline is
 * written. Each screenshot is also saved to docs/screenshots/ for the README.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BASELINES = join(repo, 'test', 'browser', '__screenshots__');
const DOCS = join(repo, 'docs', 'screenshots');
const MAX_DIFF_SHARE = 0.001;

/** uikit-local-preview.md: flags that keep Chromium quiet and deterministic in CI containers. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--font-render-hinting=none', '--force-color-profile=srgb', '--hide-scrollbars'];

export interface Preview { readonly url: string; stop(): Promise<void> }

/** Starts `phi-guard admin --port 0` and resolves with its URL once it listens. */
export function startPreview(): Promise<Preview> {
  const child: ChildProcess = spawn(process.execPath, [join(repo, 'bin', 'phi-guard.js'), 'admin', '--port', '0'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /phi-guard admin: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) done({ url, stop: () => new Promise<void>((stopped) => { child.once('exit', () => stopped()); child.kill('SIGTERM'); }) });
    });
    child.once('exit', (code) => fail(new Error(`phi-guard admin exited (${code}): ${stderr}`)));
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface CheckedPage { readonly page: Page; readonly problems: string[] }

/** A fresh page in its own context, recording every problem the page reports. */
export async function openPage(browser: Browser, url: string): Promise<CheckedPage> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(url);
  return { page, problems };
}

/** Waits until no resolver call is in flight and the page has painted. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __invokesInFlight?: number }).__invokesInFlight === 0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Fails on page errors, unmapped components and bridge warnings. */
export async function assertClean({ page, problems }: CheckedPage): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __unknownTypes: string[]; __bridgeWarnings: string[] };
    return { unknown: w.__unknownTypes, warnings: w.__bridgeWarnings };
  });
  assert.deepEqual({ problems, ...state }, { problems: [], unknown: [], warnings: [] });
}

/** The resolver calls the page made, in order (the bridge stub's log). */
export function invokes(page: Page): Promise<Array<{ functionKey: string; payload: unknown }>> {
  return page.evaluate(() => (window as unknown as { __bridgeLog: Array<{ command: string; functionKey: string; payload: unknown }> }).__bridgeLog
    .filter((l) => l.command === 'invoke').map(({ functionKey, payload }) => ({ functionKey, payload })));
}

/**
 * Share of pixels that differ (any channel by more than 16), computed in the browser from two PNGs.
 * The browser code is a string, not a function: tsx compiles named arrow functions with a `__name`
 * helper that does not exist in the page, so a function passed to page.evaluate would throw there.
 */
const PIXEL_DIFF_SOURCE = `async ([x, y]) => {
  const load = async (b64) => createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
  const [ia, ib] = await Promise.all([load(x), load(y)]);
  if (ia.width !== ib.width || ia.height !== ib.height) return 1;
  const pixels = (img) => {
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(0, 0, img.width, img.height).data;
  };
  const pa = pixels(ia);
  const pb = pixels(ib);
  let differ = 0;
  for (let i = 0; i < pa.length; i += 4) {
    if (Math.abs(pa[i] - pb[i]) > 16 || Math.abs(pa[i + 1] - pb[i + 1]) > 16 || Math.abs(pa[i + 2] - pb[i + 2]) > 16) differ += 1;
  }
  return differ / (pa.length / 4);
}`;

export async function pixelDiffShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const args = JSON.stringify([a.toString('base64'), b.toString('base64')]);
  return Number(await page.evaluate(`(${PIXEL_DIFF_SOURCE})(${args})`));
}

export async function matchScreenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0); // no hover highlight left from the last click
  await settled(page);
  const shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  mkdirSync(DOCS, { recursive: true });
  writeFileSync(join(DOCS, `${name}.png`), shot);
  const baseline = join(BASELINES, `${name}.png`);
  if (!existsSync(baseline)) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baseline, shot);
    return;
  }
  const expected = readFileSync(baseline);
  if (expected.equals(shot)) return;
  const share = await pixelDiffShare(page, expected, shot);
  if (share > MAX_DIFF_SHARE) {
    writeFileSync(join(BASELINES, `${name}.actual.png`), shot);
    assert.fail(`screenshot ${name} differs from its baseline in ${(share * 100).toFixed(2)}% of pixels (see ${name}.actual.png; delete the baseline to accept)`);
  }
}

/** Picks an option in an ADS (react-select) Select: type to filter, Enter to choose. */
export async function choose(page: Page, select: ReturnType<Page['getByLabel']>, option: string): Promise<void> {
  await select.fill(option);
  await page.getByRole('option', { name: option, exact: true }).waitFor();
  await select.press('Enter');
}
