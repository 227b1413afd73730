/**
 * `phi-guard demo` as a user runs it: a real process on the built-in sample site or a seed file. The
 * report is checked against the shape of ../shared/spec/demo-seed.md, written out here independently of
 * the code that builds it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { scanDocument } from '../../src/core/adf';
import { scanText } from '../../src/core/scan';
import { SAMPLE_SITE } from '../../src/cli/demo/sample-site';
import { parseSeed } from '../../src/cli/demo/seed-schema';

const BIN = resolve('bin/phi-guard.js');
const dir = mkdtempSync(join(tmpdir(), 'phi-guard-demo-'));

function run(args: string[]) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, 'demo', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

const seedFile = (name: string, seed: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(seed, null, 2));
  return path;
};

const doc = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

// The report of demo-seed.md: these fields must be there with these types; added fields are allowed.
const Adf = z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()) });
const Counter = z.number().int().nonnegative();
const ReportSchema = z.looseObject({
  jira: z.looseObject({
    issues: z.array(z.looseObject({
      key: z.string(),
      fields: z.looseObject({ summary: z.string(), description: Adf.nullable(), labels: z.array(z.string()) }),
      properties: z.record(z.string(), z.unknown()),
      comments: z.array(z.looseObject({ id: z.string(), body: Adf, public: z.boolean() })),
      history: z.array(z.unknown()),
    })),
  }),
  confluence: z.looseObject({
    pages: z.array(z.looseObject({
      id: z.string(), title: z.string(), body: Adf, version: z.number().int().positive(), labels: z.array(z.string()),
      properties: z.record(z.string(), z.unknown()), versions: z.array(z.unknown()), comments: z.array(z.unknown()),
    })),
  }),
  records: z.array(z.unknown()),
  events: z.looseObject({ delivered: Counter, ignoredSelf: Counter, retried: Counter, failed: Counter }),
  api: z.looseObject({ calls: Counter, writes: Counter, rateLimited: Counter }),
});
type Report = z.infer<typeof ReportSchema>;

/** The PHI values seeded in the sample site, as typed (the engine's own finding texts are added below). */
const SEEDED_PHI = [
  'Margaret Okafor', 'portal.example.org/patients/88412', '203.0.113.57', '555-0147', '524-71', '9032', '4539 1488 0343 6723',
  'Daniel Whitfield', '03/08/1949', '00482913', 'm.okafor@example.net', 'chidi.okafor@example.com', '555-0188', 'Priya Raman',
  '1672039454', '00519377', 'XKJ448201937', '1452 Birch Hollow', '62704', 'Luis Alvarez', '07/22/1958', '00377120',
  'Harriet Mbeki', '11/02/1941', '00377466', '555-0163', 'h.mbeki.jr@example.org', 'Jane Doe', 'jane.doe@example.org',
];

function engineFindingTexts(): string[] {
  const texts: string[] = [];
  const add = (content: unknown) => {
    if (typeof content === 'string') texts.push(...scanText(content).map((f) => f.text));
    else if (content && typeof content === 'object' && !Array.isArray(content)) texts.push(...scanDocument(content as never).map((f) => f.text));
  };
  for (const issue of SAMPLE_SITE.jira.issues) {
    Object.values(issue.fields).forEach(add);
    issue.comments?.forEach((c) => add(c.body));
  }
  for (const page of SAMPLE_SITE.confluence.pages) {
    [page.title, page.body, ...(page.comments ?? []).map((c) => c.body)].forEach(add);
  }
  return texts;
}

describe('phi-guard demo --json', () => {
  const r = run(['--json']);

  it('runs the built-in sample site well under 10 s and prints only the report', () => {
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', 'no progress line when stderr is not a terminal');
    assert.ok(r.ms < 10_000, `took ${Math.round(r.ms)} ms`);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    assert.deepEqual(report.jira.issues.map((i) => i.key), SAMPLE_SITE.jira.issues.map((i) => i.key));
    assert.deepEqual(report.confluence.pages.map((p) => p.id), ['1001', '1002', '1003', '1004']);
  });

  it('keeps public and internal service-desk comments apart', () => {
    const report = JSON.parse(r.stdout) as Report;
    const hc1 = report.jira.issues.find((i) => i.key === 'HC-1')!;
    assert.deepEqual(hc1.comments.map((c) => c.public), [true, false]);
  });

  it('is deterministic: two runs print the same report but for the times the app takes from the wall clock', () => {
    // The app stamps phiGuard.lastScan and each record's time with the real time (records hash their time).
    const APP_CLOCK = new Set(['lastScan', 'time', 'createdAt', 'hash', 'prevHash']);
    const normalise = (text: string) => JSON.stringify(JSON.parse(text, (key, value: unknown) => (APP_CLOCK.has(key) ? '<app clock>' : value)));
    const again = run(['--json']);
    assert.equal(normalise(again.stdout), normalise(r.stdout));
  });

  it('leaves no seeded PHI in the current content once the app has handlers', (t) => {
    const report = JSON.parse(r.stdout) as Report & { app: { subscribedEvents: string[] } };
    if (report.app.subscribedEvents.length === 0) {
      t.skip('manifest.yml subscribes no handlers yet: the demo shows detections only');
      return;
    }
    // Current content only: Jira's history and Confluence's older versions keep the old text, as on a real site.
    const current = JSON.stringify([
      report.jira.issues.map((i) => [i.fields, i.comments]),
      report.confluence.pages.map((p) => [p.title, p.body, p.comments]),
    ]);
    for (const value of SEEDED_PHI) assert.ok(!current.includes(value), `current content still holds "${value}"`);
  });
});

describe('phi-guard demo --seed', () => {
  // PHI-free content, so the app (once it has handlers) leaves it as seeded.
  it('loads exactly the seeded content', () => {
    const seed = {
      jira: {
        projects: [{ key: 'PS', name: 'Pharmacy Support', serviceDesk: true }],
        issues: [{
          key: 'PS-1',
          fields: { summary: 'Refill question', description: doc('The refill form times out after 4.18.2.'), labels: ['refill'] },
          comments: [{ body: doc('Called back.'), public: true }, { body: doc('Checked the order queue.'), public: false }],
        }],
      },
      confluence: {
        spaces: [{ key: 'PH', name: 'Pharmacy' }],
        pages: [
          { id: '1001', space: 'PH', title: 'Formulary notes', body: doc('No patient data here.'), comments: [{ body: doc('Reviewed.') }] },
          { id: '1002', type: 'blogpost', space: 'PH', title: 'Week 48', body: doc('Quiet week.') },
        ],
      },
    };
    const r = run(['--json', '--seed', seedFile('small.json', seed)]);
    assert.equal(r.code, 0, r.stderr);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    assert.equal(report.jira.issues.length, 1);
    const [issue] = report.jira.issues;
    assert.equal(issue!.key, 'PS-1');
    assert.equal(issue!.fields.summary, 'Refill question');
    assert.deepEqual(issue!.fields.description, seed.jira.issues[0]!.fields.description);
    assert.deepEqual(issue!.fields.labels, ['refill']);
    assert.deepEqual(issue!.comments.map((c) => [c.body, c.public]), [[doc('Called back.'), true], [doc('Checked the order queue.'), false]]);
    const pages = (JSON.parse(r.stdout) as { confluence: { pages: Array<{ id: string; type: string; title: string; version: number; body: unknown; comments: Array<{ body: unknown }> }> } }).confluence.pages;
    assert.deepEqual(pages.map((p) => [p.id, p.type, p.title, p.version]), [['1001', 'page', 'Formulary notes', 1], ['1002', 'blogpost', 'Week 48', 1]]);
    assert.deepEqual(pages[0]!.body, doc('No patient data here.'));
    assert.deepEqual(pages[0]!.comments.map((c) => c.body), [doc('Reviewed.')]);
  });

  const bad: Array<[string, unknown, string]> = [
    ['a misspelt issue field', { jira: { projects: [{ key: 'HC', name: 'x' }], issues: [{ key: 'HC-1', fields: { summary: 's', descripton: doc('x') } }] } }, 'jira.issues.0.fields.descripton: unknown field'],
    ['a description that is not ADF', { jira: { projects: [{ key: 'HC', name: 'x' }], issues: [{ key: 'HC-1', fields: { summary: 's' } }, { key: 'HC-2', fields: { summary: 's' } }, { key: 'HC-3', fields: { summary: 's', description: 'plain' } }] } }, 'jira.issues.2.fields.description:'],
    ['a misspelt comment list', { jira: { projects: [{ key: 'HC', name: 'x' }], issues: [{ key: 'HC-1', fields: { summary: 's' }, comment: [] }] } }, 'jira.issues.0.comment: unknown field'],
    ['an issue key the site will not assign', { jira: { projects: [{ key: 'HC', name: 'x' }], issues: [{ key: 'HC-7', fields: { summary: 's' } }] } }, 'jira.issues.0.key: expected HC-1'],
    ['a page in an undeclared space', { confluence: { spaces: [], pages: [{ id: '1001', space: 'X', title: 't', body: doc('b') }] } }, 'confluence.pages.0.space: no space "X"'],
    ['an internal comment outside a service desk', { jira: { projects: [{ key: 'OPS', name: 'Ops' }], issues: [{ key: 'OPS-1', fields: { summary: 's' }, comments: [{ body: doc('c'), public: false }] }] } }, 'jira.issues.0.comments.0.public: internal comments need a service-desk project'],
  ];
  for (const [what, seed, expected] of bad) {
    it(`exits 2 naming the field for ${what}`, () => {
      const path = seedFile('bad.json', seed);
      const r = run(['--seed', path]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
      assert.ok(r.stderr.startsWith(`phi-guard: ${path}: ${expected}`), r.stderr);
    });
  }

  it('applies --policy to the detections and to the app', () => {
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ schemaVersion: 1, name: 'No dates or URLs', types: { DATE: { enabled: false }, URL: { enabled: false } } }));
    const r = run(['--json', '--policy', policy]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { detections: Array<{ item: string; found: Array<{ counts: Record<string, number> }> }>; records: Array<{ type: string }> };
    const types = new Set(report.detections.flatMap((d) => d.found.flatMap((f) => Object.keys(f.counts))));
    assert.ok(types.has('SSN') && !types.has('DATE') && !types.has('URL'), [...types].join());
    assert.ok(report.records.every((rec) => rec.type !== 'DATE' && rec.type !== 'URL'));
  });

  it('exits 2 on a seed file that is not JSON', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"jira": ');
    const r = run(['--seed', path]);
    assert.equal(r.code, 2);
    assert.ok(r.stderr.startsWith(`phi-guard: ${path}: invalid JSON`), r.stderr);
  });

  it('never quotes the seed file in a JSON error (it holds patient content)', () => {
    const path = join(dir, 'prose.json');
    writeFileSync(path, 'Patient SSN 412-58-7391');
    const r = run(['--seed', path]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.includes('412-58'), false, r.stderr);
  });
});

describe('phi-guard demo (human output)', () => {
  const r = run([]);

  it('prints each item with what the engine found, and the records section', () => {
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.ok(lines.includes('HC-2  issue in HC, 1 comment'), r.stdout);
    assert.ok(lines.some((l) => /^\s+found {2}summary: DATE 1; description: SSN 1, CREDIT_CARD 1$/.test(l)), r.stdout);
    // The PHI-free look-alikes (versions, build numbers, ticket keys, UPCs, a release page) stay clean.
    for (const id of ['HC-5', 'HC-8', '1002', '1003']) {
      const at = lines.findIndex((l) => l.startsWith(`${id} `));
      assert.match(lines[at + 1]!, /found {2}no PHI$/, id);
    }
    assert.ok(lines.some((l) => l.startsWith('Redaction records:')), r.stdout);
  });

  it('never prints a seeded PHI value', () => {
    const values = new Set([...SEEDED_PHI, ...engineFindingTexts()]);
    assert.ok(values.size > SEEDED_PHI.length / 2);
    for (const value of values) assert.ok(!r.stdout.includes(value), `stdout holds seeded PHI "${value}"`);
  });
});

describe('the built-in sample site', () => {
  it('is a valid seed file', () => {
    const parsed = parseSeed(JSON.parse(JSON.stringify(SAMPLE_SITE)));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  });

  it('holds PHI the engine detects in every seeded value', () => {
    const found = engineFindingTexts().join('\n');
    for (const value of SEEDED_PHI) assert.ok(found.includes(value), `the engine does not detect "${value}"`);
  });
});
