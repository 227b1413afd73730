/** `phi-guard scan` as a user runs it: a real process, real files, exit codes and streams. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const BIN = resolve('bin/phi-guard.js');
const dir = mkdtempSync(join(tmpdir(), 'phi-guard-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function run(args: string[], options: { input?: string; stdinFile?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input,
    stdio: [options.stdinFile ? openSync(options.stdinFile, 'r') : 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const note = file('note.txt', 'Intake: SSN 412-58-7391 verified; sample 987-65-4321 is not real.\n');

describe('phi-guard scan', () => {
  it('prints findings as JSON with offsets into the input as given', () => {
    const r = run(['scan', '--format', 'json', note]);
    assert.equal(r.code, 0, r.stderr);
    const findings = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(findings.map((f) => [f.type, f.start, f.end, f.detector, f.text]), [['SSN', 12, 23, 'ssn', '412-58-7391']]);
  });

  it('prints one JSON object per line with --format jsonl', () => {
    const r = run(['scan', '--format', 'jsonl', '-'], { input: 'SSN 412-58-7391 and SSN 618-20-4471' });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text), ['412-58-7391', '618-20-4471']);
  });

  it('prints a table for people', () => {
    const r = run(['scan', '--format', 'table', note]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^TYPE\s+SCORE\s+WHERE\s+OFFSETS\s+TEXT/);
    assert.match(r.stdout, /1 finding in 1 input: SSN 1/);
  });

  it('prints the redacted text with --redact', () => {
    const r = run(['scan', '--redact', note]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Intake: SSN [SSN] verified; sample 987-65-4321 is not real.\n');
  });

  it('exits 1 with --fail-on-findings when something is found, 0 when nothing is', () => {
    assert.equal(run(['scan', '--fail-on-findings', '--format', 'json', note]).code, 1);
    assert.equal(run(['scan', '--fail-on-findings', '--format', 'json', '-'], { input: 'nothing here' }).code, 0);
  });

  const bad: Array<[string, string[], RegExp, string?]> = [
    ['a missing file', ['scan', join(dir, 'absent.txt')], /absent\.txt: no such file/],
    ['invalid JSON', ['scan', file('broken.json', '{"type": "doc", ')], /broken\.json: invalid JSON/],
    ['a binary file', ['scan', file('blob.bin', new Uint8Array([0x50, 0x4b, 0x00, 0x03]))], /blob\.bin: binary data/],
    ['text that is not UTF-8', ['scan', file('latin1.txt', new Uint8Array([0x53, 0x53, 0x4e, 0xe9, 0x20]))], /latin1\.txt: not valid UTF-8/],
    ['an unknown format', ['scan', '--format', 'xml', note], /--format must be table, json or jsonl/],
    ['an unknown flag', ['scan', '--colour', note], /Unknown option '--colour'/],
    ['an invalid policy', ['scan', '--policy', file('policy.json', '{"schemaVersion": 1, "name": "x", "types": {"SSN": {"minScore": 7}}}'), note], /invalid policy: types\.SSN\.minScore/],
    ['a pseudonym policy without the secret', ['scan', '--redact', '--policy', file('pseudo.json', '{"schemaVersion": 1, "name": "x", "tokenStyle": "pseudonym"}'), note], /set PHI_GUARD_SECRET/],
  ];
  for (const [what, args, reason] of bad) {
    it(`exits 2 with a one-line reason and no output on ${what}`, () => {
      const r = run(args, { env: { PHI_GUARD_SECRET: '' } });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.split('\n')[0] ?? '', reason);
    });
  }
  it('stops before printing anything when a later file is bad', () => {
    const r = run(['scan', '--format', 'json', note, join(dir, 'absent.txt')]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
  });
});

describe('phi-guard scan --jsonl-in', () => {
  const records = file('records.jsonl', [
    JSON.stringify({ id: 'a', text: 'SSN 412-58-7391' }),
    JSON.stringify({ id: 'b', text: 'nothing to see' }),
    JSON.stringify({ id: 3, adf: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'SSN 618-20-4471' }] }] } }),
  ].join('\n'));

  it('writes one result line per input line, in input order', () => {
    const r = run(['scan', '--jsonl-in'], { stdinFile: records });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings: Array<{ type: string; text: string; path?: string }> });
    assert.deepEqual(lines.map((l) => [l.id, l.findings.map((f) => `${f.type}:${f.text}`)]), [
      ['a', ['SSN:412-58-7391']], ['b', []], [3, ['SSN:618-20-4471']],
    ]);
    assert.equal(lines[2]?.findings[0]?.path, '/content/0');
  });

  it('redacts each record with --redact', () => {
    const r = run(['scan', '--jsonl-in', '--redact'], { input: `${JSON.stringify({ id: 'a', text: 'SSN 412-58-7391' })}\n` });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { id: 'a', text: 'SSN [SSN]' });
  });

  it('prints nothing when any line of a file on stdin is bad', () => {
    const badFile = file('bad.jsonl', `${JSON.stringify({ id: 'a', text: 'SSN 412-58-7391' })}\n{"id": "b", "txt": "typo"}\n`);
    const r = run(['scan', '--jsonl-in'], { stdinFile: badFile });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /stdin line 2: expected \{"id"/);
  });

  it('from a pipe, stops at the bad line with exit 2 after the complete lines before it', () => {
    const r = run(['scan', '--jsonl-in'], { input: `${JSON.stringify({ id: 'a', text: 'x' })}\nnot json\n` });
    assert.equal(r.code, 2);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['a']);
    assert.match(r.stderr, /stdin line 2: invalid JSON/);
  });
});
