/**
 * Confluence Cloud REST as the app uses it: v2 for pages, blog posts, comments, versions and content
 * properties; v1 where v2 has no write (labels, deleting a historical version, the current user).
 * Bodies travel as `atlas_doc_format`, whose `value` is the ADF document serialised as a string.
 */
import { z } from 'zod';
import { AdfDocumentSchema, type AdfNode } from '../../core/adf';
import { callProduct, jsonOf, route } from '../product-client';

export type ContentKind = 'page' | 'blogpost';
export type CommentKind = 'footer' | 'inline';

const BodySchema = z.looseObject({
  atlas_doc_format: z.looseObject({ value: z.string() }),
});

const ContentSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  spaceId: z.string().optional(),
  version: z.looseObject({ number: z.number().int() }),
  body: BodySchema,
});

const CommentSchema = z.looseObject({
  id: z.string(),
  version: z.looseObject({ number: z.number().int() }),
  body: BodySchema,
  resolutionStatus: z.string().optional(),
});

export interface ConfluenceItem {
  readonly id: string;
  readonly title: string;
  readonly spaceId?: string;
  readonly version: number;
  /** The body as ADF; undefined when it is not a readable ADF document (then it is never rewritten). */
  readonly doc: AdfNode | undefined;
}

function parseBody(value: string): AdfNode | undefined {
  try {
    const parsed = AdfDocumentSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const contentPath = (kind: ContentKind, id: string, version?: number) => {
  if (version === undefined) {
    return kind === 'page'
      ? route`/wiki/api/v2/pages/${id}?body-format=atlas_doc_format`
      : route`/wiki/api/v2/blogposts/${id}?body-format=atlas_doc_format`;
  }
  const v = String(version);
  return kind === 'page'
    ? route`/wiki/api/v2/pages/${id}?body-format=atlas_doc_format&version=${v}`
    : route`/wiki/api/v2/blogposts/${id}?body-format=atlas_doc_format&version=${v}`;
};

export async function getContent(kind: ContentKind, id: string, version?: number): Promise<ConfluenceItem> {
  const json = ContentSchema.parse(await jsonOf(await callProduct('confluence', `confluence.get.${kind}`, contentPath(kind, id, version))));
  return { id: json.id, title: json.title, spaceId: json.spaceId, version: json.version.number, doc: parseBody(json.body.atlas_doc_format.value) };
}

/** Writes version + 1; a VersionConflictError means a user saved in between: re-read and re-apply. */
export async function updateContent(kind: ContentKind, item: ConfluenceItem, title: string, doc: AdfNode): Promise<void> {
  const body = {
    id: item.id, status: 'current', title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
    version: { number: item.version + 1, message: 'PHI redacted by phi-guard' },
  };
  const path = kind === 'page' ? route`/wiki/api/v2/pages/${item.id}` : route`/wiki/api/v2/blogposts/${item.id}`;
  await callProduct('confluence', `confluence.update.${kind}`, path, { method: 'PUT', body });
}

const commentPath = (kind: CommentKind, id: string) => (kind === 'footer'
  ? route`/wiki/api/v2/footer-comments/${id}?body-format=atlas_doc_format`
  : route`/wiki/api/v2/inline-comments/${id}?body-format=atlas_doc_format`);

export interface ConfluenceComment {
  readonly id: string;
  readonly kind: CommentKind;
  readonly version: number;
  readonly doc: AdfNode | undefined;
}

export async function getComment(kind: CommentKind, id: string): Promise<ConfluenceComment> {
  const json = CommentSchema.parse(await jsonOf(await callProduct('confluence', `confluence.get.${kind}-comment`, commentPath(kind, id))));
  return { id: json.id, kind, version: json.version.number, doc: parseBody(json.body.atlas_doc_format.value) };
}

export async function updateComment(comment: ConfluenceComment, doc: AdfNode): Promise<void> {
  const path = comment.kind === 'footer' ? route`/wiki/api/v2/footer-comments/${comment.id}` : route`/wiki/api/v2/inline-comments/${comment.id}`;
  await callProduct('confluence', `confluence.update.${comment.kind}-comment`, path, {
    method: 'PUT',
    body: { version: { number: comment.version + 1, message: 'PHI redacted by phi-guard' }, body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) } },
  });
}

export async function addLabels(id: string, labels: readonly string[]): Promise<void> {
  if (labels.length === 0) return;
  await callProduct('confluence', 'confluence.addLabels', route`/wiki/rest/api/content/${id}/label`, {
    method: 'POST', body: labels.map((name) => ({ prefix: 'global', name })),
  });
}

const PropertyListSchema = z.looseObject({
  results: z.array(z.looseObject({ id: z.string(), key: z.string(), value: z.unknown(), version: z.looseObject({ number: z.number().int() }) })),
});

/** Creates or updates a content property (the CQL-searchable `phiGuard` tag) from its previous value. */
export async function setContentProperty(kind: ContentKind, id: string, key: string, next: (previous: unknown) => unknown): Promise<void> {
  const list = kind === 'page' ? route`/wiki/api/v2/pages/${id}/properties?key=${key}` : route`/wiki/api/v2/blogposts/${id}/properties?key=${key}`;
  const existing = PropertyListSchema.parse(await jsonOf(await callProduct('confluence', 'confluence.getProperty', list))).results[0];
  if (!existing) {
    const create = kind === 'page' ? route`/wiki/api/v2/pages/${id}/properties` : route`/wiki/api/v2/blogposts/${id}/properties`;
    await callProduct('confluence', 'confluence.createProperty', create, { method: 'POST', body: { key, value: next(undefined) } });
    return;
  }
  const update = kind === 'page'
    ? route`/wiki/api/v2/pages/${id}/properties/${existing.id}`
    : route`/wiki/api/v2/blogposts/${id}/properties/${existing.id}`;
  await callProduct('confluence', 'confluence.updateProperty', update, {
    method: 'PUT', body: { key, value: next(existing.value), version: { number: existing.version.number + 1 } },
  });
}

const VersionListSchema = z.looseObject({ results: z.array(z.looseObject({ number: z.number().int() })) });

/** Historical version numbers, newest first (the current version excluded). */
export async function historicalVersions(kind: ContentKind, id: string, current: number): Promise<number[]> {
  const path = kind === 'page' ? route`/wiki/api/v2/pages/${id}/versions?limit=250` : route`/wiki/api/v2/blogposts/${id}/versions?limit=250`;
  const json = VersionListSchema.parse(await jsonOf(await callProduct('confluence', 'confluence.versions', path)));
  return json.results.map((v) => v.number).filter((n) => n < current).sort((a, b) => b - a);
}

/** v1: the deleted version's changes roll into the next one; the current version cannot be deleted. */
export async function deleteVersion(id: string, version: number): Promise<void> {
  await callProduct('confluence', 'confluence.deleteVersion', route`/wiki/rest/api/content/${id}/version/${String(version)}`, { method: 'DELETE' });
}

const UserSchema = z.looseObject({ accountId: z.string() });

export async function appAccountId(): Promise<string> {
  return UserSchema.parse(await jsonOf(await callProduct('confluence', 'confluence.currentUser', route`/wiki/rest/api/user/current`))).accountId;
}
