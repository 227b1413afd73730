/** Regression: site.call() handed the caller's objects to the site, so a Guard redaction inside the site rewrote the caller's data. */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { createSite } from './index';

describe('site.call isolation', () => {
  it('never lets the site change an object the caller passed in', async () => {
    const site = await createSite({ projects: [{ key: 'HC', name: 'Patient Support' }], guardPremium: true });
    try {
      const description = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'SSN 412-58-7391' }] }] };
      const before = structuredClone(description);
      const created = await site.call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'HC' }, summary: 'Refill', description } } });
      const issueId = String((created.body as { id: string }).id);
      const expectedText = createHash('sha256').update('412-58-7391').digest('base64');
      const redacted = await site.call('POST', '/rest/api/3/redact', { body: { redactions: [{
        contentItem: { id: issueId, entityType: 'issuefieldvalue', entityId: 'description' }, externalId: randomUUID(), reason: 'test',
        redactionPosition: { adfPointer: '/content/0/content/0/text', expectedText, from: 4, to: 15 },
      }] } });
      assert.equal(redacted.status, 202);
      assert.deepEqual(description, before);
    } finally {
      await site.close();
    }
  });
});
