/**
 * The README's main command works from a clean clone: `git clone` of the committed HEAD into a temporary
 * directory, then `npm start` there, which runs `phi-guard demo` on the built-in sample site. Instead of
 * `npm ci` (network) the clone gets a link to this checkout's node_modules, so the test checks what is
 * committed, not what is installed.
 *
 * Opt-in with PHI_GUARD_CLEAN_CLONE=1: it tests the last commit, not the working tree, so during work it
 * would report on stale code; CI's .ci/run does a real clean install anyway.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const enabled = process.env.PHI_GUARD_CLEAN_CLONE === '1';
const repo = resolve('.');
const dir = enabled ? mkdtempSync(join(tmpdir(), 'phi-guard-clone-')) : '';

after(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('a clean clone', { skip: enabled ? false : 'set PHI_GUARD_CLEAN_CLONE=1 to clone the committed HEAD and run npm start in it' }, () => {
  it('runs the demo with the README command', () => {
    assert.match(readFileSync(join(repo, 'README.md'), 'utf8'), /npm ci && npm start/, 'the README quick start names npm start');
    const clone = join(dir, 'phi-guard');
    const cloned = spawnSync('git', ['clone', '--quiet', repo, clone], { encoding: 'utf8' });
    assert.equal(cloned.status, 0, cloned.stderr);
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'dir');

    const started = performance.now();
    const r = spawnSync('npm', ['start', '--silent'], { cwd: clone, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PHI_GUARD_SECRET: '' } });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.ok(lines.includes('Local Atlassian site: Jira HC "Patient Support" (service desk); Confluence CLIN "Clinical Ops".'), r.stdout);
    assert.ok(lines.some((l) => /^HC-1 {2}issue in HC, 2 comments \(1 public, 1 internal\)$/.test(l)), r.stdout);
    assert.ok(lines.some((l) => /^Found: \d+ PHI findings in \d+ of 12 items/.test(l)), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('Redaction records:')), r.stdout);
    assert.ok(performance.now() - started < 30_000, 'npm start took more than 30 s');
  });
});
