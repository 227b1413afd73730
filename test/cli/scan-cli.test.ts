/** `phi-guard scan` as a user runs it: a real process, real files, exit codes and streams. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** Runs `phi-guard ARGS | head -1` in bash: the reader closes the pipe after the first line. */
function runIntoHead(args: string, options: { stdinFile?: string } = {}) {
  const stdin = options.stdinFile ? ` < '${options.stdinFile}'` : '';
  const result = spawnSync('bash', ['-c', `'${process.execPath}' '${BIN}' ${args}${stdin} 2>'${join(dir, 'head.err')}' | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat '${join(dir, 'head.err')}'`], { encoding: 'utf8' });
  const [status, ...stderr] = result.stdout.split('\n');
  return { code: Number(status), stderr: stderr.join('\n') };
}

function run(args: string[], options: { input?: string | undefined; stdinFile?: string; env?: Record<string, string> } = {}) {
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

  it('reports no mention: it links a staff account and is never rewritten (second fresh-eyes hunt)', () => {
    const doc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cc ' },
      { type: 'mention', attrs: { id: 'abc', text: 'Jordan Pike' } }, { type: 'text', text: ' re printer jam' }] }] };
    const r = run(['scan', '--fail-on-findings', '--format', 'jsonl', file('mention.json', JSON.stringify(doc))]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
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
    ['an unknown flag', ['scan', '--colour', note], /^phi-guard: unknown option --colour \(try: phi-guard --help\)$/],
    ['no command', [], /^phi-guard: missing command \(try: phi-guard --help\)$/],
    ['an unknown flag with a value', ['scan', '--bogus', 'x'], /^phi-guard: unknown option --bogus \(try: phi-guard --help\)$/],
    ['a JSON file that is not JSON', ['scan', file('phi.json', '{Note: SSN 412-58-7391}')], /phi\.json: invalid JSON at position 1$/],
    ['a Jira field that claims to be ADF but is not', ['scan', file('issue.json', JSON.stringify({ key: 'X-1', fields: { summary: 'SSN 412-58-7391', description: { type: 'doc', content: 'SSN 618-20-4471' } } }))], /issue\.json \/fields\/description: not a valid ADF document$/],
    ['a Confluence body that claims to be ADF but is not', ['scan', file('page.json', JSON.stringify({ id: '1', title: 'SSN 412-58-7391', body: { atlas_doc_format: { value: '{"type": "doc", "content": "SSN 618-20-4471"}', representation: 'atlas_doc_format' } } }))], /page\.json \/body\/atlas_doc_format\/value: not a valid ADF document$/],
    ['a bare document that claims to be ADF but is not', ['scan', '-'], /stdin: not a valid ADF document$/, '{"type": "doc", "content": "SSN 412-58-7391"}'],
    ['a truncated document on standard input (fresh-eyes hunt: it was read as plain text)', ['scan', '-'], /^phi-guard: stdin: invalid JSON/, '{"type":"doc","content":['],
    ['an invalid policy', ['scan', '--policy', file('policy.json', '{"schemaVersion": 1, "name": "x", "types": {"SSN": {"minScore": 7}}}'), note], /invalid policy: types\.SSN\.minScore/],
    ['an invalid policy whose reason spans lines', ['scan', '--policy', file('newline-policy.json', JSON.stringify({ schemaVersion: 1, name: 'x', customDetectors: [{ id: 'ab', pattern: 'ab\n(c' }] })), note], /invalid policy: customDetectors\.0\.pattern: .* Unterminated group$/],
    ['a pseudonym policy without the secret', ['scan', '--redact', '--policy', file('pseudo.json', '{"schemaVersion": 1, "name": "x", "tokenStyle": "pseudonym"}'), note], /set PHI_GUARD_SECRET/],
  ];
  for (const [what, args, reason, input] of bad) {
    it(`exits 2 with a one-line reason and no output on ${what}`, () => {
      const r = run(args, { env: { PHI_GUARD_SECRET: '' }, input });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.split('\n').length, 2, r.stderr);
      assert.match(r.stderr.split('\n')[0] ?? '', reason);
      assert.doesNotMatch(r.stderr, /412-58-7391|618-20-4471/);
    });
  }
  it('never quotes the input in an invalid-JSON error (it may be PHI)', () => {
    const cases: Array<[string[], string | undefined, string]> = [
      [['scan', file('ssn.json', 'SSN 412-58-7391')], undefined, `${join(dir, 'ssn.json')}: invalid JSON`],
      [['scan', '--jsonl-in'], 'SSN 412-58-7391\n', 'stdin line 1: invalid JSON'],
      [['scan', '--policy', file('ssn-policy.txt', 'SSN 412-58-7391'), note], undefined, `${join(dir, 'ssn-policy.txt')}: invalid JSON`],
      [['scan', '--jsonl-in'], '{"id": "a", "txt": "SSN 412-58-7391"}\n', 'stdin line 1: expected {"id": ..., "text": "..."} or {"id": ..., "adf": {"type": "doc", ...}}'],
    ];
    for (const [args, input, line] of cases) {
      const r = run(args, { input });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `phi-guard: ${line}\n`);
    }
  });

  it('scans text that looks like a {...} object but is not JSON as plain text', () => {
    const r = run(['scan', '--format', 'json', '-'], { input: '{Note: SSN 412-58-7391}' });
    assert.equal(r.code, 0, r.stderr);
    const findings = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(findings.map((f) => [f.type, f.start, f.end, f.text, 'field' in f]), [['SSN', 11, 22, '412-58-7391', false]]);
  });

  it('scans valid JSON that is neither ADF nor REST JSON as the text given', () => {
    const input = '{\n  "foo": "SSN 412-58-7391"\n}\n';
    const json = file('other.json', input);
    const r = run(['scan', '--format', 'json', json]);
    assert.equal(r.code, 0, r.stderr);
    const findings = JSON.parse(r.stdout) as Array<{ start: number; end: number; text: string }>;
    assert.deepEqual(findings.map((f) => [f.start, f.end, f.text, input.slice(f.start, f.end), 'field' in f]), [[16, 27, '412-58-7391', '412-58-7391', false]]);
    const redacted = run(['scan', '--redact', json]);
    assert.equal(redacted.code, 0, redacted.stderr);
    assert.equal(redacted.stdout, '{\n  "foo": "SSN [SSN]"\n}\n');
  });

  it('gives no empty field for a bare ADF document', () => {
    const adf = JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'SSN 412-58-7391' }] }] });
    const r = run(['scan', '--format', 'jsonl', '-'], { input: adf });
    assert.equal(r.code, 0, r.stderr);
    const finding = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual([finding.start, finding.end, finding.path, 'field' in finding], [4, 15, '/content/0', false]);
  });

  it('exits 1 with --fail-on-findings --redact when anything was redacted, 0 when nothing was', () => {
    const r = run(['scan', '--redact', '--fail-on-findings', note]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, 'Intake: SSN [SSN] verified; sample 987-65-4321 is not real.\n');
    const clean = run(['scan', '--redact', '--fail-on-findings', '-'], { input: 'nothing here' });
    assert.deepEqual([clean.code, clean.stdout], [0, 'nothing here']);
  });

  it('exits quietly with status 0 when the reader closes the pipe early', () => {
    const big = file('big.txt', 'SSN 412-58-7391\n'.repeat(3000));
    assert.deepEqual(runIntoHead(`scan --format jsonl '${big}'`), { code: 0, stderr: '' });
    const records = file('big.jsonl', `${JSON.stringify({ id: 'a', text: 'SSN 412-58-7391 '.repeat(20) })}\n`.repeat(3000));
    assert.deepEqual(runIntoHead('scan --jsonl-in', { stdinFile: records }), { code: 0, stderr: '' });
  });

  it('decodes UTF-8 and UTF-16 text with a byte order mark; offsets count the mark as the first character, and --redact keeps it', () => {
    const bom = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('SSN 412-58-7391\n')]));
    const found = run(['scan', '--format', 'json', bom]);
    assert.deepEqual((JSON.parse(found.stdout) as Array<Record<string, unknown>>).map((f) => [f.type, f.start, f.end]), [['SSN', 5, 16]]);
    assert.equal(run(['scan', '--redact', bom]).stdout, '\uFEFFSSN [SSN]\n');
    const doc = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'SSN 412-58-7391' }] }] }))]));
    assert.equal(run(['scan', '--format', 'json', doc]).code, 0);

    const text = 'SSN 412-58-7391';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const [name, bytes] of [['le.txt', le], ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])]] as const) {
      const r = run(['scan', '--format', 'json', file(name, bytes)]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as Array<Record<string, unknown>>).map((f) => [f.type, f.start, f.end, f.text]), [['SSN', 5, 16, '412-58-7391']]);
    }
  });

  it('walks a directory: skips binary files with a note, node_modules and dot-folders; follows file symlinks', () => {
    const tree = join(dir, 'tree');
    for (const sub of ['node_modules', '.git', 'sub']) mkdirSync(join(tree, sub), { recursive: true });
    writeFileSync(join(tree, 'a.txt'), 'SSN 412-58-7391');
    writeFileSync(join(tree, 'b.bin'), new Uint8Array([0x50, 0x4b, 0x00, 0x03]));
    writeFileSync(join(tree, 'node_modules', 'x.txt'), 'SSN 618-20-4471');
    writeFileSync(join(tree, '.git', 'x.txt'), 'SSN 618-20-4471');
    symlinkSync(file('linked.txt', 'SSN 618-20-4471'), join(tree, 'sub', 'link.txt'));
    const r = run(['scan', '--format', 'json', tree]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `phi-guard: skipped ${join(tree, 'b.bin')}: binary data (NUL bytes); phi-guard scans text, ADF or REST JSON\n`);
    assert.deepEqual((JSON.parse(r.stdout) as Array<Record<string, unknown>>).map((f) => [f.file, f.text]), [
      [join(tree, 'a.txt'), '412-58-7391'], [join(tree, 'sub', 'link.txt'), '618-20-4471'],
    ]);
  });

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
