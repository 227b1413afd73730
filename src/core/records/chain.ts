/**
 * The records form a hash chain: each record carries the hash of the one before it and a hash over its
 * own fields, so a changed, removed or reordered record breaks verification. Storage appends with the
 * chain head under a condition (a KVS transaction), so two deliveries of one event cannot fork it.
 */
import { createHash } from 'node:crypto';
import { recordId, type RedactionRecord, type UnchainedRecord } from './record';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so the hash does not depend on property order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function recordHash(record: Omit<RedactionRecord, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

/** Links new records after the chain head `prevHash`, in the order given. */
export function chainRecords(prevHash: string, records: readonly UnchainedRecord[]): RedactionRecord[] {
  const out: RedactionRecord[] = [];
  let prev = prevHash;
  for (const r of records) {
    const linked = { ...r, id: recordId(r), prevHash: prev };
    const hash = recordHash(linked);
    out.push({ ...linked, hash });
    prev = hash;
  }
  return out;
}

export type ChainVerdict =
  | { readonly ok: true; readonly count: number; readonly head: string }
  | { readonly ok: false; readonly index: number; readonly id: string; readonly problem: 'changed' | 'missing-or-reordered' };

/** Checks records in chain order, starting from the genesis hash (or a known earlier head). */
export function verifyChain(records: readonly RedactionRecord[], from: string = GENESIS_HASH): ChainVerdict {
  let prev = from;
  for (let i = 0; i < records.length; i += 1) {
    const r = records[i] as RedactionRecord;
    if (r.prevHash !== prev) return { ok: false, index: i, id: r.id, problem: 'missing-or-reordered' };
    const { hash, ...rest } = r;
    if (recordHash(rest) !== hash) return { ok: false, index: i, id: r.id, problem: 'changed' };
    prev = hash;
  }
  return { ok: true, count: records.length, head: prev };
}
