/**
 * Pieces the Confluence route modules share: ADF bodies in and out (v2 sends the document as a JSON
 * string in `atlas_doc_format.value`), version objects, the "version must be current + 1" rule, and
 * cursor paging with `_links.next` and a `Link` header.
 */
import { z } from 'zod';
import { AdfDocumentSchema } from '../../../src/core/adf/types';
import type { AdfNode } from '../../../src/core/adf/types';
import type { Call, Reply } from './http';
import { confluenceError, decodeCursor, encodeCursor, intParam } from './http';
import type { WikiVersion } from './state';

/** A body as v2 writes take it: `{representation, value}` or nested `{atlas_doc_format: {...}}`. */
export const BodyWrite = z.union([
  z.object({ representation: z.string(), value: z.string() }),
  z.looseObject({ atlas_doc_format: z.object({ representation: z.string(), value: z.string() }) }),
]);

/** The ADF document in a write body, or a 400 (the local site stores atlas_doc_format only). */
export function readAdf(body: z.infer<typeof BodyWrite>): { doc: AdfNode } | { reply: Reply } {
  const write = 'atlas_doc_format' in body ? body.atlas_doc_format : body;
  if (write.representation !== 'atlas_doc_format') {
    return { reply: confluenceError(400, 'Unsupported representation', 'The local site stores atlas_doc_format bodies only.') };
  }
  let json: unknown;
  try {
    json = JSON.parse(write.value);
  } catch {
    return { reply: confluenceError(400, 'Invalid body', 'body.value is not valid JSON.') };
  }
  const doc = AdfDocumentSchema.safeParse(json);
  return doc.success ? { doc: doc.data } : { reply: confluenceError(400, 'Invalid body', 'body.value is not an ADF document.') };
}

/** `body` of a v2 response for the requested `body-format` (empty when none was asked for). */
export function bodyJson(call: Call, doc: AdfNode): { body: Record<string, unknown> } | { reply: Reply } {
  const format = call.query.get('body-format');
  if (format === null) return { body: {} };
  if (format !== 'atlas_doc_format') {
    return { reply: confluenceError(400, 'Unsupported body-format', 'The local site serves atlas_doc_format bodies only.') };
  }
  return { body: { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify(doc) } } };
}

export const versionJson = (v: WikiVersion) =>
  ({ createdAt: v.createdAt.toISOString(), message: v.message, number: v.number, minorEdit: v.minorEdit, authorId: v.authorId });

/** Confluence's answer to an update whose version is not current + 1. */
export const staleVersion = (currentNumber: number): Reply =>
  confluenceError(409, `Version must be incremented on update. Current version is: ${currentNumber}`);

/** One page of a v2 list: `results`, `_links.next` (relative, with a cursor) and the `Link` header. */
export function pageOf<T>(call: Call, all: readonly T[], defaultLimit: number): Reply {
  const scope = call.path;
  const cursor = call.query.get('cursor');
  const offset = cursor === null ? 0 : decodeCursor(cursor, scope);
  if (offset === undefined) return confluenceError(400, 'Invalid cursor');
  const limit = intParam(call.query, 'limit', defaultLimit, 1, 250);
  const results = all.slice(offset, offset + limit);
  const more = offset + results.length < all.length;
  const nextQuery = new URLSearchParams(call.query);
  nextQuery.set('cursor', encodeCursor(offset + limit, scope));
  const next = `${call.path}?${nextQuery.toString()}`;
  const wikiBase = `${call.base}/wiki`;
  return {
    status: 200,
    body: { results, _links: { ...(more ? { next } : {}), base: wikiBase } },
    headers: { Link: more ? `<${next}>; rel="next", <${wikiBase}>; rel="base"` : `<${wikiBase}>; rel="base"` },
  };
}
