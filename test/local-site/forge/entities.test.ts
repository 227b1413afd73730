// Custom entities declared in manifest.yml app.storage.entities, through the real @forge/kvs SDK.
import './setup';
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { Filter, FilterConditions, ForgeKvsAPIError, Sort, WhereConditions, kvs } from '@forge/kvs';
import { type Harness, startHarness } from './fixtures/harness';

interface Redaction {
  contentId: string;
  product: string;
  createdAt: number;
  score?: number;
  confirmed?: boolean;
}

let h: Harness;
beforeEach(async () => void (h = await startHarness()));
afterEach(() => h.stop());

const redactions = () => kvs.entity<Redaction>('redaction');

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => e instanceof ForgeKvsAPIError && e.code === code);
}

async function seed(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await redactions().set(`r${String(i).padStart(2, '0')}`, {
      contentId: `c${i % 3}`, product: i % 2 === 0 ? 'jira' : 'confluence', createdAt: 1000 + i, score: i / 10, confirmed: i % 4 === 0,
    });
  }
}

describe('custom entities', () => {
  it('stores entities apart from plain keys and checks attribute types from the manifest', async () => {
    await redactions().set('r1', { contentId: '10001', product: 'jira', createdAt: 1 });
    assert.deepEqual(await redactions().get('r1'), { contentId: '10001', product: 'jira', createdAt: 1 });
    assert.equal(await kvs.get('r1'), undefined);
    await rejectsWith(redactions().set('r2', { contentId: '1', product: 'jira', createdAt: 1.5 }), 'INVALID_ENTITY_VALUE');
    await rejectsWith(redactions().set('r2', { contentId: '1', product: 'jira', createdAt: 1, rawText: 'x' } as Redaction), 'INVALID_ENTITY_VALUE');
    await rejectsWith(kvs.entity('undeclared').set('k', {}), 'INVALID_ENTITY_TYPE');
    await rejectsWith(redactions().set('', { contentId: '1', product: 'jira', createdAt: 1 }), 'EMPTY_KEY');
  });

  it('queries a partition + range index with where, sort and cursor pages of at most 20', async () => {
    await seed(50);
    const q = () => redactions().query().index('by-product-time', { partition: ['jira'] }).where(WhereConditions.between(1004, 1043));
    const first = await q().getMany();
    assert.deepEqual(first.results.slice(0, 3).map((r) => r.value.createdAt), [1004, 1006, 1008]);
    assert.equal(first.results.length, 10);

    const desc: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await (cursor ? q().sort(Sort.DESC).limit(100).cursor(cursor) : q().sort(Sort.DESC).limit(100)).getMany();
      assert.ok(page.results.length <= 20);
      desc.push(...page.results.map((r) => r.value.createdAt));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(desc, Array.from({ length: 20 }, (_, i) => 1042 - 2 * i));
  });

  it('applies and/or filters and a simple index', async () => {
    await seed(12);
    const confirmedJira = await redactions().query().index('by-product-time', { partition: ['jira'] })
      .filters(new Filter<Redaction>().and('confirmed', FilterConditions.equalTo(true)).and('score', FilterConditions.greaterThan(0.3)))
      .getMany();
    assert.deepEqual(confirmedJira.results.map((r) => r.key), ['r04', 'r08']);
    const either = await redactions().query().index('contentId').where(WhereConditions.equalTo('c1'))
      .filters(new Filter<Redaction>().or('product', FilterConditions.equalTo('jira')).or('score', FilterConditions.lessThan(0.2)))
      .getMany();
    assert.deepEqual(either.results.map((r) => r.key), ['r01', 'r04', 'r10']);
    await rejectsWith(redactions().query().index('no-such-index').getMany(), 'INVALID_ENTITY_INDEX');
    await rejectsWith(redactions().query().index('contentId').limit(101).getMany(), 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  });

  it('transactions with conditions and checks commit all or nothing', async () => {
    await redactions().set('a', { contentId: '1', product: 'jira', createdAt: 1, confirmed: false });
    const notConfirmed = new Filter<Redaction>().and('confirmed', FilterConditions.equalTo(false));
    const confirmed: Redaction = { contentId: '1', product: 'jira', createdAt: 1, confirmed: true };
    await kvs.transact()
      .set('a', confirmed, { entityName: 'redaction', conditions: notConfirmed })
      .set('plain:counter', 1)
      .execute();
    assert.equal((await redactions().get('a'))?.confirmed, true);

    // The condition no longer holds, so neither write lands.
    await rejectsWith(kvs.transact()
      .set('a', { ...confirmed, createdAt: 2 }, { entityName: 'redaction', conditions: notConfirmed })
      .set('plain:counter', 2)
      .execute(), 'CONDITION_CHECK_FAILED');
    assert.equal(await kvs.get('plain:counter'), 1);

    // check() needs the item to exist and match.
    await rejectsWith(kvs.transact().check('missing', { entityName: 'redaction', conditions: notConfirmed }).set('plain:x', 1).execute(), 'CONDITION_CHECK_FAILED');
    await kvs.transact().check('a', { entityName: 'redaction', conditions: new Filter<Redaction>().and('confirmed', FilterConditions.equalTo(true)) }).set('plain:x', 1).execute();
    assert.equal(await kvs.get('plain:x'), 1);
  });
});
