/**
 * The demo once the app has event handlers: the same run against a stand-in app (fixtures/demo-app: a
 * trigger on new and edited issues that redacts the description, labels the issue, sets a property and writes
 * chained records), so the "what was done", "left" and records output is tested before src/ has its
 * handlers. In process, because the manifest is a test fixture the CLI has no flag for.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { RedactionRecordSchema } from '../../src/core/records/record';
import { HIPAA_SAFE_HARBOR } from '../../src/core/policy/defaults';
import { formatHuman } from '../../src/cli/demo/human';
import { buildReport, summarise, type ItemSummary } from '../../src/cli/demo/report';
import { runDemoSite, type DemoRun } from '../../src/cli/demo/run-site';
import { SAMPLE_SITE } from '../../src/cli/demo/sample-site';

const app = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'demo-app');

let run: DemoRun;
let items: ItemSummary[];

async function demoWith(manifest: string): Promise<void> {
  run = await runDemoSite({ seed: SAMPLE_SITE, secret: 'demo-flow-test', manifestPath: join(app, manifest), srcRoot: join(app, 'src') });
  items = summarise(SAMPLE_SITE, run.snapshot, HIPAA_SAFE_HARBOR, '');
}

const item = (id: string) => items.find((i) => i.id === id)!;

describe('demo before the app has event handlers', () => {
  before(() => demoWith('manifest-no-handlers.yml'));

  it('shows detections only, says nothing reacted, and changes nothing', () => {
    assert.deepEqual(run.subscribedEvents, []);
    assert.equal(run.records, undefined);
    assert.ok(items.every((i) => i.done.length === 0));
    assert.deepEqual(item('HC-2').left, item('HC-2').found);
    const text = formatHuman(SAMPLE_SITE, run, items, 0);
    assert.match(text, /^App: manifest\.yml subscribes no handlers to product events yet/m);
    assert.doesNotMatch(text, /^ +(done|left) /m);
    assert.match(text, /^Redaction records: none \(manifest\.yml declares no "redaction" entity yet\)\.$/m);
  });
});

describe('demo with event handlers', () => {
  before(() => demoWith('manifest.yml'));

  it('delivers every issue creation to the handler and ignores the app\'s own edits', () => {
    assert.equal(run.events.delivered, SAMPLE_SITE.jira.issues.length);
    assert.equal(run.events.failed, 0);
    const edited = items.filter((i) => i.kind === 'issue' && i.found.some((d) => d.where === 'description')).length;
    assert.equal(run.events.ignoredSelf, edited);
  });

  it('reports what the app did to an item and what is left', () => {
    const hc2 = item('HC-2');
    assert.deepEqual(hc2.done, [
      'labelled phi-redacted', 'property phiGuard', 'rewrote description',
      'issue history still holds the old description (Jira keeps edited text)',
    ]);
    // The stand-in app handles descriptions only: the DATE in the summary is still there.
    assert.deepEqual(hc2.left, [{ where: 'summary', counts: { DATE: 1 } }]);
    assert.deepEqual(item('HC-5').done, []);
  });

  it('returns the stored records, chained, and prints them verified', () => {
    assert.ok(run.records && run.records.length > 0);
    for (const r of run.records) RedactionRecordSchema.parse(r);
    const text = formatHuman(SAMPLE_SITE, run, items, 0);
    assert.match(text, new RegExp(`^Redaction records: ${run.records.length}$`, 'm'));
    assert.match(text, new RegExp(`^ {2}chain: verified \\(${run.records.length} records\\)$`, 'm'));
    assert.match(text, /^HC-2 {2}issue in HC, 1 comment\n {6}found {2}summary: DATE 1; description: SSN 1, CREDIT_CARD 1\n {6}done {3}labelled phi-redacted/m);
  });

  it('puts the final (redacted) content, records and counters in the report', () => {
    const report = buildReport(run, items);
    const hc2 = report.jira.issues.find((i) => i.key === 'HC-2')!;
    assert.ok(!JSON.stringify(hc2.fields.description).includes('9032'));
    assert.deepEqual(hc2.properties, { phiGuard: { types: ['CREDIT_CARD', 'SSN'], total: 2 } });
    assert.equal(report.records.length, run.records!.length);
    assert.ok(report.api.writes > 0);
  });
});
