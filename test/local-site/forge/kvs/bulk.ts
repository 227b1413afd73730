/**
 * Batch operations (each item succeeds or fails on its own; only an empty batch or a repeated key fails the
 * call) and transactions (at most 25 operations, each key once, all or nothing, with entity conditions).
 */
import { type Filters, matchesFilters, validateFilters } from './conditions';
import { KvsError, kvsErrors } from './errors';
import { type Json, type KvsReply, itemJson, ok } from './reply';
import { type KvsStore, type Space, type Ttl, ttlMs } from './store';

export const MAX_TRANSACTION_OPS = 25;

interface BatchItem { key: unknown; value?: unknown; entityName?: string; options?: { ttl?: Ttl } }

/** Batches run item by item and report each key; only an empty batch or repeated keys fail the whole call. */
export function batch(store: KvsStore, body: unknown, op: 'set' | 'get' | 'delete'): KvsReply {
  if (!Array.isArray(body) || body.length === 0) throw kvsErrors.badRequest('a batch needs at least one item');
  const items = body as BatchItem[];
  if (op !== 'get') requireUniqueKeys(items);
  const successfulKeys: Json[] = [];
  const failedKeys: Json[] = [];
  for (const it of items) {
    const id = { key: it.key, ...(it.entityName !== undefined ? { entityName: it.entityName } : {}) };
    try {
      const space = store.space('kvs', it.entityName);
      const key = store.validateKey(space, it.key);
      if (op === 'set') {
        store.validateValue(space, it.value);
        store.put(space, key, it.value, it.options?.ttl);
        successfulKeys.push(id);
      } else if (op === 'delete') {
        store.remove(space, key);
        successfulKeys.push(id);
      } else {
        const item = store.get(space, key);
        if (!item) throw kvsErrors.keyNotFound();
        successfulKeys.push({ ...id, ...itemJson(item) });
      }
    } catch (e) {
      if (!(e instanceof KvsError)) throw e;
      failedKeys.push({ ...id, error: { code: e.code, message: e.message } });
    }
  }
  return ok({ successfulKeys, failedKeys });
}

function requireUniqueKeys(items: readonly { key: unknown; entityName?: string }[]): void {
  const seen = new Set<string>();
  for (const it of items) {
    const id = `${it.entityName ?? ''}\u0000${String(it.key)}`;
    if (seen.has(id)) throw kvsErrors.duplicateKeys();
    seen.add(id);
  }
}

interface TxOp { key: unknown; value?: unknown; entityName?: string; conditions?: Filters; options?: { ttl?: Ttl } }

/** All or nothing: every operation is validated and every condition checked before anything is written. */
export function transaction(store: KvsStore, b: Json): KvsReply {
  const sets = (b.set ?? []) as TxOp[];
  const deletes = (b.delete ?? []) as TxOp[];
  const checks = (b.check ?? []) as TxOp[];
  const all = [...sets, ...deletes, ...checks];
  if (all.length === 0) throw kvsErrors.badRequest('a transaction needs at least one operation');
  if (all.length > MAX_TRANSACTION_OPS) throw kvsErrors.tooManyOperations();
  requireUniqueKeys(all);

  const resolve = (op: TxOp) => {
    const space = store.space('kvs', op.entityName);
    const key = store.validateKey(space, op.key);
    if (op.conditions) validateFilters(op.conditions);
    return { space, key };
  };
  const planned = sets.map((op) => ({ op, ...resolve(op) }));
  for (const { op, space } of planned) {
    store.validateValue(space, op.value);
    if (op.options?.ttl) ttlMs(op.options.ttl);
  }
  const removals = deletes.map((op) => ({ op, ...resolve(op) }));
  const checked = checks.map((op) => ({ op, ...resolve(op) }));

  const current = (space: Space, key: string) => store.get(space, key)?.value as Json | undefined;
  for (const { op, space, key } of [...planned, ...removals]) {
    if (op.conditions && !matchesFilters(op.conditions, current(space, key) ?? {})) throw kvsErrors.conditionFailed(key);
  }
  for (const { op, space, key } of checked) {
    const value = current(space, key);
    if (value === undefined || (op.conditions && !matchesFilters(op.conditions, value))) throw kvsErrors.conditionFailed(key);
  }

  for (const { op, space, key } of planned) store.put(space, key, op.value, op.options?.ttl);
  for (const { space, key } of removals) store.remove(space, key);
  return ok();
}
