/**
 * Reply helpers shared by the KVS operations: the status/body pair the protocol answers with, and the JSON
 * shape of a stored item ({key, value, createdAt, updatedAt, expireTime?}).
 */
import type { Item, KvsStore, Space } from './store';
import { kvsErrors } from './errors';

export interface KvsReply {
  readonly status: number;
  readonly body?: unknown;
}

export type Json = Record<string, unknown>;

/** 200 with a JSON body, or 204 with none (what the SDK expects from writes). */
export const ok = (body?: unknown): KvsReply => (body === undefined ? { status: 204 } : { status: 200, body });

/** All metadata when `metadata` is undefined (get/set), else only the fields a query asked for. */
export function itemJson(item: Item, metadata?: readonly string[]): Json {
  const all = metadata === undefined;
  return {
    key: item.key,
    value: item.value,
    ...(all || metadata.includes('CREATED_AT') ? { createdAt: item.createdAt } : {}),
    ...(all || metadata.includes('UPDATED_AT') ? { updatedAt: item.updatedAt } : {}),
    ...(item.expireAt !== undefined && (all || metadata.includes('EXPIRE_TIME')) ? { expireTime: new Date(item.expireAt).toISOString() } : {}),
  };
}

/** The space an /entity/* request names (manifest.yml must declare the entity). */
export function entitySpace(store: KvsStore, b: Json): Space {
  if (typeof b.entityName !== 'string') throw kvsErrors.badRequest('entityName is required');
  return store.space('kvs', b.entityName);
}

