/**
 * The policy's change history in Forge storage, one key per revision. The entry for revision n+1 is written
 * before the policy itself, with FAIL_IF_EXISTS, so it is the commit point of a save: of two admins saving
 * over revision n at once, only one creates it. If a save stops after the entry and before the policy, the
 * next save finds the entry and rolls the policy forward to it (rollForward) instead of losing it.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { PolicySchema, type Policy } from '../../core/policy/schema';
import type { HistoryEntry } from '../../shared/resolver-contract';
import { KEYS } from './keys';

export interface StoredHistoryEntry extends HistoryEntry {
  /** The policy in force before this change (restore and audit need the whole of it, not just the diff). */
  readonly previous: { readonly revision: number; readonly policy: Policy };
  /** The policy this change saved. */
  readonly policy: Policy;
}

const EntrySchema = z.object({
  revision: z.number().int().positive(),
  at: z.string(),
  accountId: z.string(),
  change: z.enum(['save', 'restore', 'allowlist']),
  diff: z.array(z.object({ path: z.string(), before: z.string().optional(), after: z.string().optional() })),
  previous: z.object({ revision: z.number().int().nonnegative(), policy: PolicySchema }),
  policy: PolicySchema,
});

/** False when an entry for that revision exists already (another save got there first). */
export async function createHistoryEntry(entry: StoredHistoryEntry): Promise<boolean> {
  try {
    await kvs.set(KEYS.policyHistory(entry.revision), entry, { keyPolicy: 'FAIL_IF_EXISTS' });
    return true;
  } catch {
    return (await readHistoryEntry(entry.revision)) === undefined ? Promise.reject(new Error('policy history could not be written')) : false;
  }
}

export async function readHistoryEntry(revision: number): Promise<StoredHistoryEntry | undefined> {
  const parsed = EntrySchema.safeParse(await kvs.get(KEYS.policyHistory(revision)));
  return parsed.success ? parsed.data : undefined;
}

/** Every entry, newest first. */
export async function listHistory(): Promise<StoredHistoryEntry[]> {
  const out: StoredHistoryEntry[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(KEYS.policyHistoryPrefix)).limit(20);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    for (const item of page.results) {
      const parsed = EntrySchema.safeParse(item.value);
      if (parsed.success) out.push(parsed.data);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return out.sort((a, b) => b.revision - a.revision);
}
