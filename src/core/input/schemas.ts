/**
 * The REST shapes phi-guard reads, as zod schemas (style §2.9: parsed, never cast). Only the fields that
 * hold user text are described; everything else passes through untouched (looseObject).
 *
 * - Jira issue, REST v3 `GET /rest/api/3/issue/{key}` (IssueBean): `fields.summary` (text),
 *   `fields.description` and `fields.environment` (ADF, or a string from REST v2), `customfield_*`
 *   (text or ADF), `fields.comment.comments[].body` and `fields.worklog.worklogs[].comment` (ADF, or a
 *   string from REST v2).
 * - Jira comments, `GET .../issue/{key}/comment` (a page of them) and `GET .../comment/{id}` (one).
 * - Confluence page, blog post or comment, REST v2 `GET /pages/{id}?body-format=atlas_doc_format` (and the
 *   v1 content shape, which nests the body the same way): `title` (text), `body.atlas_doc_format.value`
 *   (the ADF document serialised as a JSON string), or `body.storage.value` (XHTML, read as text).
 */
import { z } from 'zod';

export const JiraIssueSchema = z.looseObject({
  fields: z.looseObject({
    summary: z.string().nullish(),
    description: z.unknown().optional(),
    environment: z.unknown().optional(),
    comment: z.looseObject({
      comments: z.array(z.looseObject({ body: z.unknown().optional() })),
    }).nullish(),
    worklog: z.looseObject({
      worklogs: z.array(z.looseObject({ comment: z.unknown().optional() })),
    }).nullish(),
  }),
});
export type JiraIssue = z.infer<typeof JiraIssueSchema>;

/** `GET /rest/api/3/issue/{key}/comment` (PageOfComments): the comments, each with its body. */
export const JiraCommentPageSchema = z.looseObject({
  comments: z.array(z.looseObject({ id: z.string(), body: z.unknown() })).min(1),
});
export type JiraCommentPage = z.infer<typeof JiraCommentPageSchema>;

/** `GET /rest/api/3/issue/{key}/comment/{id}` (Comment): one comment, its body ADF. */
export const JiraCommentSchema = z.looseObject({
  id: z.string(),
  body: z.looseObject({ type: z.literal('doc') }),
});

const BodyValueSchema = z.looseObject({ representation: z.string().optional(), value: z.string() });

export const ConfluenceContentSchema = z.looseObject({
  title: z.string().nullish(),
  // ADF, or the storage format (XHTML: REST v1's default, v2's `body-format=storage`), read as text.
  body: z.looseObject({ atlas_doc_format: BodyValueSchema.optional(), storage: BodyValueSchema.optional() })
    .refine((body) => body.atlas_doc_format !== undefined || body.storage !== undefined),
});
export type ConfluenceContent = z.infer<typeof ConfluenceContentSchema>;
