/**
 * The KVS wire protocol that @forge/kvs 1.6.5 speaks (out/storage-api.js): every call is a POST of JSON to
 * /api/v1/<operation>; success is 200 with JSON or 204 with no body; failure is a status plus {code, message}.
 * This maps each path to the in-memory store; queries are in query.ts, batches and transactions in bulk.ts.
 */
import { batch, transaction } from './bulk';
import { KvsError, kvsErrors } from './errors';
import { entityQuery, query } from './query';
import { type Json, type KvsReply, entitySpace, itemJson, ok } from './reply';
import type { KvsStore, Space, Ttl } from './store';

/** Documented for transactions and batches (4MB); no single request may be larger either. */
const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

export function handleKvsRequest(store: KvsStore, path: string, rawBody: string): KvsReply {
  try {
    if (Buffer.byteLength(rawBody) > MAX_PAYLOAD_BYTES) throw kvsErrors.payloadTooLarge();
    return route(store, path, JSON.parse(rawBody) as unknown);
  } catch (e) {
    if (e instanceof KvsError) return { status: e.status, body: { code: e.code, message: e.message } };
    if (e instanceof SyntaxError) return { status: 400, body: { code: 'BAD_REQUEST', message: 'Provided request body is invalid' } };
    throw e;
  }
}

function route(store: KvsStore, path: string, body: unknown): KvsReply {
  const b = body as Json;
  switch (path) {
    case '/api/v1/get': return get(store, store.space('kvs'), b);
    case '/api/v1/set': return set(store, store.space('kvs'), b);
    case '/api/v1/delete': return del(store, store.space('kvs'), b);
    case '/api/v1/query': return query(store, b);
    case '/api/v1/secret/get': return get(store, store.space('secret'), b);
    case '/api/v1/secret/set': return set(store, store.space('secret'), b);
    case '/api/v1/secret/delete': return del(store, store.space('secret'), b);
    case '/api/v1/entity/get': return get(store, entitySpace(store, b), b);
    case '/api/v1/entity/set': return set(store, entitySpace(store, b), b);
    case '/api/v1/entity/delete': return del(store, entitySpace(store, b), b);
    case '/api/v1/entity/query': return entityQuery(store, b);
    case '/api/v1/batch/set': return batch(store, body, 'set');
    case '/api/v1/batch/get': return batch(store, body, 'get');
    case '/api/v1/batch/delete': return batch(store, body, 'delete');
    case '/api/v1/transaction': return transaction(store, b);
    default: return { status: 404, body: { code: 'NOT_FOUND', message: `No KVS operation at ${path}` } };
  }
}

function get(store: KvsStore, space: Space, b: Json): KvsReply {
  const item = store.get(space, store.validateKey(space, b.key));
  if (!item) throw kvsErrors.keyNotFound();
  return ok(itemJson(item));
}

function set(store: KvsStore, space: Space, b: Json): KvsReply {
  const key = store.validateKey(space, b.key);
  store.validateValue(space, b.value);
  const options = (b.options ?? {}) as { ttl?: Ttl; keyPolicy?: string; returnValue?: string };
  if (options.keyPolicy === 'FAIL_IF_EXISTS' && store.get(space, key)) throw kvsErrors.keyExists();
  const { previous, item } = store.put(space, key, b.value, options.ttl);
  // returnValue (only with keyPolicy OVERRIDE) asks for the stored or the replaced item back.
  const returned = options.returnValue === 'LATEST' ? item : options.returnValue === 'PREVIOUS' ? previous : undefined;
  return ok(returned && itemJson(returned));
}

function del(store: KvsStore, space: Space, b: Json): KvsReply {
  store.remove(space, store.validateKey(space, b.key));
  return ok();
}

