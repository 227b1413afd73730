/**
 * Queries: plain KVS (`where key BEGINS_WITH`, ascending keys) and custom-entity index queries (partition +
 * range, filters, sort). Both page the same way: 10 results unless asked, never more than 20 per page (docs
 * storage-api-query: "up to a maximum of 20"), with an opaque cursor holding the last position served.
 */
import { type Condition, type Filters, RANGE_CONDITIONS, compareScalars, matches, matchesFilters, validateCondition, validateFilters } from './conditions';
import { type KvsError, kvsErrors } from './errors';
import { type Json, type KvsReply, entitySpace, itemJson, ok } from './reply';
import type { Item, KvsStore } from './store';

export const DEFAULT_PAGE = 10;
export const MAX_PAGE = 20;
/** Limits the service rejects outright (docs: "Limit for list query should be below 100"). */
const MAX_LIMIT = 100;

/** Checks a requested page size and returns how many results one page may hold. */
function pageSize(limit: unknown, tooBig: () => KvsError): number {
  if (limit === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_LIMIT) throw tooBig();
  return Math.min(limit as number, MAX_PAGE);
}

/** One page of `sorted` after the opaque cursor, which encodes the sort position of the last item served. */
function page<T>(sorted: readonly T[], position: (t: T) => unknown[], compare: (a: unknown[], b: unknown[]) => number, cursor: unknown, size: number) {
  let start = 0;
  if (cursor !== undefined) {
    let after: unknown[];
    try {
      after = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as unknown[];
    } catch {
      throw kvsErrors.badRequest('cursor is not one this service issued');
    }
    start = sorted.findIndex((t) => compare(position(t), after) > 0);
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + size);
  const more = start + size < sorted.length;
  const next = more ? Buffer.from(JSON.stringify(position(items[items.length - 1]!))).toString('base64url') : undefined;
  return { items, cursor: next };
}

export function query(store: KvsStore, b: Json): KvsReply {
  const size = pageSize(b.limit, kvsErrors.listLimit);
  const where = (b.where ?? []) as Condition[];
  if (!Array.isArray(where) || where.length > 1) throw kvsErrors.whereInvalid();
  const clause = where[0];
  if (clause) {
    if (clause.property !== 'key') throw kvsErrors.whereFieldInvalid();
    if (clause.condition !== 'BEGINS_WITH') throw kvsErrors.filterCondition();
    validateCondition(clause);
  }
  const items = store.list(store.space('kvs')).filter((i) => !clause || matches(clause, i.key));
  const byKey = (a: unknown[], c: unknown[]) => compareScalars(a[0], c[0]) ?? 0;
  const { items: pageItems, cursor } = page(items, (i) => [i.key], byKey, b.after, size);
  const metadata = ((b.options as Json | undefined)?.metadataFields ?? []) as string[];
  return ok({ data: pageItems.map((i) => itemJson(i, metadata)), ...(cursor ? { cursor } : {}) });
}

export function entityQuery(store: KvsStore, b: Json): KvsReply {
  const space = entitySpace(store, b);
  const index = space.entity!.indexes.get(String(b.indexName));
  if (!index) throw kvsErrors.entityIndex(String(b.indexName));
  const size = pageSize(b.limit, kvsErrors.pageLimit);
  const partition = (b.partition ?? []) as unknown[];
  if (!Array.isArray(partition) || partition.length !== index.partition.length) {
    throw kvsErrors.badRequest(`index ${index.name} needs partition values for [${index.partition.join(', ')}]`);
  }
  const rangeAttr = index.range[0];
  const range = b.range as Condition | undefined;
  if (range) {
    if (!rangeAttr) throw kvsErrors.badRequest(`index ${index.name} has no range attribute to apply "where" to`);
    if (!RANGE_CONDITIONS.has(range.condition)) throw kvsErrors.filterCondition();
    validateCondition(range);
  }
  const filters = b.filters as Filters | undefined;
  if (filters) validateFilters(filters);

  // An item is in an index only when it carries every attribute of the index (a sparse index).
  const attrs = [...index.partition, ...index.range];
  const selected = store.list(space).filter((item) => {
    const v = item.value as Json;
    return attrs.every((a) => v[a] !== undefined)
      && index.partition.every((a, i) => compareScalars(v[a], partition[i]) === 0)
      && (!range || matches(range, v[rangeAttr!]))
      && (!filters || matchesFilters(filters, v));
  });
  const direction = b.sort === 'DESC' ? -1 : 1;
  const position = (i: Item) => [rangeAttr ? (i.value as Json)[rangeAttr] : null, i.key];
  const compare = (x: unknown[], y: unknown[]) => direction * ((compareScalars(x[0], y[0]) || 0) || (compareScalars(x[1], y[1]) ?? 0));
  const sorted = [...selected].sort((x, y) => compare(position(x), position(y)));
  const { items, cursor } = page(sorted, position, compare, b.cursor, size);
  const metadata = ((b.options as Json | undefined)?.metadataFields ?? b.metadataFields ?? []) as string[];
  return ok({ data: items.map((i) => itemJson(i, metadata)), ...(cursor ? { cursor } : {}) });
}
