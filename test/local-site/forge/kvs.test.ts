// Forge KVS limits and semantics, exercised through the real @forge/kvs SDK against the harness store.
import './setup';
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ForgeKvsAPIError, MetadataField, WhereConditions, kvs } from '@forge/kvs';
import { type Harness, startHarness } from './fixtures/harness';

let h: Harness;
beforeEach(async () => void (h = await startHarness()));
afterEach(() => h.stop());

/** Asserts the SDK raised ForgeKvsAPIError with this service code and HTTP status. */
async function rejectsWith(promise: Promise<unknown>, code: string, status: number): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ForgeKvsAPIError, `expected ForgeKvsAPIError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.equal(e.responseDetails.status, status);
    return true;
  });
}

describe('plain KVS', () => {
  it('sets, gets and deletes; a missing key reads as undefined', async () => {
    await kvs.set('policy:jira', { threshold: 0.5 });
    assert.deepEqual(await kvs.get('policy:jira'), { threshold: 0.5 });
    await kvs.delete('policy:jira');
    assert.equal(await kvs.get('policy:jira'), undefined);
    await kvs.delete('never-set');
  });

  it('enforces the key rules: charset, 500 characters, not empty, not only whitespace', async () => {
    const cases: [string, string | undefined][] = [
      ['a'.repeat(500), undefined],
      ['a'.repeat(501), 'KEY_TOO_LONG'],
      ['jira:10001 #3.v_2-x', undefined],
      ['key/with/slash', 'INVALID_KEY'],
      ['café', 'INVALID_KEY'],
      ['   ', 'INVALID_KEY'],
      ['', 'KEY_TOO_SHORT'],
    ];
    for (const [key, code] of cases) {
      if (code === undefined) await kvs.set(key, 1);
      else await rejectsWith(kvs.set(key, 1), code, 400);
    }
  });

  it('accepts a 240 KiB value and refuses one byte more', async () => {
    const limit = 240 * 1024;
    await kvs.set('big', 'x'.repeat(limit - 2)); // JSON adds two quote characters
    await rejectsWith(kvs.set('big', 'x'.repeat(limit - 1)), 'MAX_SIZE', 400);
  });

  it('refuses values nested deeper than 32 levels', async () => {
    const nest = (n: number): unknown => (n === 0 ? 1 : { a: nest(n - 1) });
    await kvs.set('deep', nest(32));
    await rejectsWith(kvs.set('deep', nest(33)), 'MAX_DEPTH', 400);
  });

  it('FAIL_IF_EXISTS refuses to overwrite; OVERRIDE can return the previous or latest value', async () => {
    await kvs.set('once', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    await rejectsWith(kvs.set('once', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }), 'KEY_ALREADY_EXISTS', 409);
    assert.equal(await kvs.get('once'), 'first');
    const previous = await kvs.set('once', 'third', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
    assert.equal(previous?.value, 'first');
    const latest = await kvs.set('once', 'fourth', { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' });
    assert.equal(latest?.value, 'fourth');
  });

  it('expires a value after its TTL on the virtual clock and reports expireTime', async () => {
    await kvs.set('lock', 'held', { ttl: { value: 5, unit: 'MINUTES' } });
    const meta = await kvs.get('lock', { metadataFields: [MetadataField.EXPIRE_TIME] });
    assert.equal(meta?.expireTime, new Date(h.runtime.clock.now() + 5 * 60_000).toISOString());
    h.runtime.clock.advance(5 * 60_000 - 1);
    assert.equal(await kvs.get('lock'), 'held');
    h.runtime.clock.advance(1);
    assert.equal(await kvs.get('lock'), undefined);
  });

  it('pages queries: 10 by default, at most 20 per page, cursor walks every match', async () => {
    for (let i = 0; i < 45; i++) await kvs.set(`rec:${String(i).padStart(2, '0')}`, i);
    await kvs.set('other:1', 'not matched');
    const first = await kvs.query().where('key', WhereConditions.beginsWith('rec:')).getMany();
    assert.equal(first.results.length, 10);
    assert.equal(first.results[0]!.key, 'rec:00');

    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const q = kvs.query().where('key', WhereConditions.beginsWith('rec:')).limit(50);
      const page = await (cursor ? q.cursor(cursor) : q).getMany();
      assert.ok(page.results.length <= 20);
      seen.push(...page.results.map((r) => r.value as number));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    assert.equal(pages, 3);
    assert.deepEqual(seen, Array.from({ length: 45 }, (_, i) => i));
    await rejectsWith(kvs.query().limit(101).getMany(), 'LIST_QUERY_LIMIT_EXCEEDED', 400);
  });

  it('keeps secrets in their own namespace', async () => {
    await kvs.setSecret('hmac-key', 's3cr3t');
    assert.equal(await kvs.getSecret('hmac-key'), 's3cr3t');
    assert.equal(await kvs.get('hmac-key'), undefined);
    assert.deepEqual((await kvs.query().getMany()).results, []);
    await kvs.deleteSecret('hmac-key');
    assert.equal(await kvs.getSecret('hmac-key'), undefined);
  });

  it('batches report each key; repeated keys fail the whole batch', async () => {
    const set = await kvs.batchSet([{ key: 'b1', value: 1 }, { key: 'bad/key', value: 2 }, { key: 'b3', value: 3 }]);
    assert.deepEqual(set.successfulKeys.map((k) => k.key), ['b1', 'b3']);
    assert.equal(set.failedKeys[0]!.error.code, 'INVALID_KEY');
    const got = await kvs.batchGet([{ key: 'b1' }, { key: 'b2' }]);
    assert.deepEqual(got.successfulKeys.map((k) => [k.key, k.value]), [['b1', 1]]);
    assert.equal(got.failedKeys[0]!.error.code, 'KEY_NOT_FOUND');
    await rejectsWith(kvs.batchSet([{ key: 'dup', value: 1 }, { key: 'dup', value: 2 }]), 'DUPLICATE_KEYS', 400);
    await kvs.batchDelete([{ key: 'b1' }, { key: 'b3' }]);
    assert.equal(await kvs.get('b1'), undefined);
  });

  it('transactions are all or nothing, at most 25 operations, each key once', async () => {
    await kvs.set('t:keep', 'old');
    await kvs.transact().set('t:a', 1).set('t:b', 2).delete('t:keep').execute();
    assert.deepEqual([await kvs.get('t:a'), await kvs.get('t:b'), await kvs.get('t:keep')], [1, 2, undefined]);

    let tooMany = kvs.transact();
    for (let i = 0; i < 26; i++) tooMany = tooMany.set(`t:n${i}`, i);
    await rejectsWith(tooMany.execute(), 'TOO_MANY_OPERATIONS', 400);
    assert.equal(await kvs.get('t:n0'), undefined);

    await rejectsWith(kvs.transact().set('t:x', 1).delete('t:x').execute(), 'DUPLICATE_KEYS', 400);
    // One invalid operation aborts the valid ones before it.
    await rejectsWith(kvs.transact().set('t:c', 1).set('bad/key', 2).execute(), 'INVALID_KEY', 400);
    assert.equal(await kvs.get('t:c'), undefined);
  });
});
