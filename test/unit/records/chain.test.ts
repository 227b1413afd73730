import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GENESIS_HASH, chainRecords, verifyChain } from '../../../src/core/records/chain';
import { RedactionRecordSchema, recordId, type UnchainedRecord } from '../../../src/core/records/record';

const base: UnchainedRecord = {
  time: '2026-12-03T13:00:00.000Z', product: 'jira', container: 'HC', contentType: 'issue', contentId: '10012',
  contentVersion: '2026-12-03T12:59:58.000Z', field: '/fields/description', path: '/content/0', start: 48, end: 59,
  type: 'SSN', detector: 'ssn', score: 1, action: 'redacted', token: '[SSN]', fingerprint: 'a'.repeat(64),
  notes: ['history-retains-old-text'], policyVersion: 1,
};
const three = (): UnchainedRecord[] => [base, { ...base, start: 70, end: 84, type: 'PHONE', detector: 'phone' }, { ...base, field: '/fields/summary', start: 0, end: 5, type: 'NAME', detector: 'name' }];

describe('record ids', () => {
  it('are the same for the same finding in the same version, so redelivery writes no duplicate', () => {
    const later: UnchainedRecord = { ...base, time: '2026-12-04T09:00:00.000Z', score: 0.5 };
    assert.equal(recordId(base), recordId(later));
    assert.notEqual(recordId(base), recordId({ ...base, contentVersion: 'next' }));
    assert.match(recordId(base), /^[0-9a-f]{32}$/);
  });
});

describe('hash chain', () => {
  it('links records after the head and verifies; the records match the schema and hold no value text', () => {
    const chain = chainRecords(GENESIS_HASH, three());
    assert.equal(chain[0]?.prevHash, GENESIS_HASH);
    assert.equal(chain[1]?.prevHash, chain[0]?.hash);
    for (const r of chain) RedactionRecordSchema.parse(r);
    assert.deepEqual(verifyChain(chain), { ok: true, count: 3, head: chain[2]?.hash });
  });

  it('continues from an existing head', () => {
    const first = chainRecords(GENESIS_HASH, three().slice(0, 1));
    const rest = chainRecords(first[0]?.hash ?? '', three().slice(1));
    assert.equal(verifyChain([...first, ...rest]).ok, true);
  });

  it('detects a changed record', () => {
    const chain = chainRecords(GENESIS_HASH, three());
    const tampered = chain.map((r, i) => (i === 1 ? { ...r, type: 'DATE' as const } : r));
    assert.deepEqual(verifyChain(tampered), { ok: false, index: 1, id: chain[1]?.id, problem: 'changed' });
  });

  it('detects a removed record', () => {
    const chain = chainRecords(GENESIS_HASH, three());
    assert.deepEqual(verifyChain([chain[0], chain[2]].filter((r) => r !== undefined)), { ok: false, index: 1, id: chain[2]?.id, problem: 'missing-or-reordered' });
  });

  it('detects reordered records', () => {
    const chain = chainRecords(GENESIS_HASH, three());
    const swapped = [chain[1], chain[0], chain[2]].filter((r) => r !== undefined);
    assert.deepEqual(verifyChain(swapped), { ok: false, index: 0, id: chain[1]?.id, problem: 'missing-or-reordered' });
  });
});
