/**
 * Redaction records in Forge storage: a KVS custom entity (indexed by content and by time) plus one
 * chain-head row. Appending is a transaction that checks the head has not moved, so two deliveries of
 * one event, or two events at once, can never fork the hash chain; a lost race re-reads and re-chains.
 * Ids are deterministic, so records already written are skipped: a redelivered event writes none.
 */
import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { GENESIS_HASH, chainRecords } from '../../core/records/chain';
import { recordId, RedactionRecordSchema, type RedactionRecord, type UnchainedRecord } from '../../core/records/record';
import { CHAIN_HEAD_KEY, ENTITIES } from './keys';

interface ChainHead {
  readonly hash: string;
  readonly seq: number;
}

/** What is stored: the record plus its position in the chain and a numeric time for the time index. */
export type StoredRecord = RedactionRecord & { readonly seq: number; readonly createdAt: number };

/** Records per transaction: Forge allows 25 operations, one of which is the conditional head write. */
const RECORDS_PER_TRANSACTION = 24;
const MAX_RACE_RETRIES = 5;

async function readHead(): Promise<ChainHead> {
  const head = await kvs.entity<ChainHead>(ENTITIES.chainHead).get(CHAIN_HEAD_KEY);
  if (head) return head;
  try {
    await kvs.entity<ChainHead>(ENTITIES.chainHead).set(CHAIN_HEAD_KEY, { hash: GENESIS_HASH, seq: 0 }, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch {
    // Another invocation created it first: read theirs.
  }
  return (await kvs.entity<ChainHead>(ENTITIES.chainHead).get(CHAIN_HEAD_KEY)) ?? { hash: GENESIS_HASH, seq: 0 };
}

async function alreadyStored(ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const id of ids) {
    if (await kvs.entity<StoredRecord>(ENTITIES.record).get(id)) found.add(id);
  }
  return found;
}

async function appendChunk(records: readonly UnchainedRecord[], now: number): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const head = await readHead();
    const chained = chainRecords(head.hash, records);
    const last = chained[chained.length - 1];
    if (!last) return;
    const tx = kvs.transact();
    chained.forEach((r, i) => {
      const stored: StoredRecord = { ...r, seq: head.seq + i + 1, createdAt: now };
      tx.set(r.id, stored, { entityName: ENTITIES.record });
    });
    // The head moves only if it is still where we read it: a concurrent append fails this transaction.
    tx.set(CHAIN_HEAD_KEY, { hash: last.hash, seq: head.seq + chained.length }, {
      entityName: ENTITIES.chainHead,
      conditions: new Filter<ChainHead>().and('hash', FilterConditions.equalTo(head.hash)),
    });
    try {
      await tx.execute();
      return;
    } catch (e) {
      if (attempt >= MAX_RACE_RETRIES) throw e;
    }
  }
}

/** Appends the records not yet stored, in order. Returns how many were written. */
export async function appendRecords(records: readonly UnchainedRecord[], now: number): Promise<number> {
  const stored = await alreadyStored(records.map(recordId));
  const fresh = records.filter((r) => !stored.has(recordId(r)));
  for (let i = 0; i < fresh.length; i += RECORDS_PER_TRANSACTION) {
    await appendChunk(fresh.slice(i, i + RECORDS_PER_TRANSACTION), now);
  }
  return fresh.length;
}

/** One page of records in chain order (oldest first), for the admin page and verification. */
export async function recordsPage(cursor?: string, limit = 20): Promise<{ records: StoredRecord[]; nextCursor?: string }> {
  let query = kvs.entity<StoredRecord>(ENTITIES.record).query().index('by-seq').where(WhereConditions.greaterThan(0)).sort(Sort.ASC).limit(limit);
  if (cursor) query = query.cursor(cursor);
  const page = await query.getMany();
  return {
    records: page.results.map((r) => ({ ...RedactionRecordSchema.parse(stripStorage(r.value)), seq: r.value.seq, createdAt: r.value.createdAt })),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

function stripStorage(value: StoredRecord): RedactionRecord {
  const { seq: _seq, createdAt: _createdAt, ...record } = value;
  return record;
}

/** Every record in chain order (pages of 20, as Forge allows). */
export async function allRecords(): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await recordsPage(cursor);
    out.push(...page.records);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
