/** The main job on Jira, end to end on the local site: real events, real handlers, real SDKs. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { doc, p, startLocalApp, t, type LocalApp } from './local-site';

describe('Jira: an issue with PHI pasted in', () => {
  let app: LocalApp;
  before(async () => { app = await startLocalApp(); });
  after(async () => { await app.stop(); });

  it('redacts the description in place, across formatting, tags the issue and writes records without the text', async () => {
    await app.asUser('POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'HC' },
        summary: 'Refill request',
        description: doc(p(t('Patient SSN on the form: '), t('412-58-', [{ type: 'strong' }]), t('7391'), t(' please verify.'))),
      },
    });
    await app.runtime.settle();
    const issue = await app.asUser('GET', '/rest/api/3/issue/HC-1?properties=phiGuard') as {
      fields: { description: unknown; labels: string[] }; properties: { phiGuard: { types: string[]; total: number } };
    };
    assert.deepEqual(issue.fields.description, doc(p(t('Patient SSN on the form: '), t('[SSN]', [{ type: 'strong' }]), t(' please verify.'))));
    assert.deepEqual([...issue.fields.labels].sort(), ['phi-detected', 'phi-ssn']);
    assert.deepEqual(issue.properties.phiGuard.types, ['SSN']);
    const records = await app.records();
    assert.deepEqual(records.map((r) => [r.product, r.container, r.field, r.type, r.action, r.token]), [['jira', 'HC', '/fields/description', 'SSN', 'redacted', '[SSN]']]);
    assert.ok(records[0]?.notes.includes('history-retains-old-text'));
    assert.equal(JSON.stringify(records).includes('7391'), false);
  });
});
