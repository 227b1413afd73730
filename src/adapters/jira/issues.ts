/**
 * Jira Cloud REST v3 as the app uses it: read an issue or comment, write it back in one edit with
 * notifications off, tag it. Responses are parsed with zod, never cast.
 */
import { z } from 'zod';
import type { AdfNode } from '../../core/adf';
import { callProduct, jsonOf, route } from '../product-client';

const IssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    project: z.looseObject({ key: z.string(), id: z.string().optional() }).optional(),
    labels: z.array(z.string()).optional(),
    updated: z.string().optional(),
  }),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type JiraIssueJson = z.infer<typeof IssueSchema>;

const CommentSchema = z.looseObject({
  id: z.string(),
  body: z.unknown(),
  updated: z.string().optional(),
  visibility: z.looseObject({ type: z.string(), value: z.string().optional(), identifier: z.string().optional() }).optional(),
  jsdPublic: z.boolean().optional(),
});
export type JiraComment = z.infer<typeof CommentSchema>;

const PermissionsSchema = z.object({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })),
});

/** The issue with all its fields and the given entity properties. */
export async function getIssue(idOrKey: string, propertyKeys: readonly string[] = []): Promise<JiraIssueJson> {
  const path = propertyKeys.length > 0
    ? route`/rest/api/3/issue/${idOrKey}?properties=${propertyKeys.join(',')}`
    : route`/rest/api/3/issue/${idOrKey}`;
  const response = await callProduct('jira', 'jira.getIssue', path);
  return IssueSchema.parse(await jsonOf(response));
}

export interface IssueEdit {
  /** Fields to set: summary (string), description / environment / custom fields (ADF or string). */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly addLabels: readonly string[];
  readonly securityLevelId?: string;
}

/** One edit per issue, notifications off (Jira ignores the flag unless the app administers the project). */
export async function editIssue(idOrKey: string, edit: IssueEdit): Promise<void> {
  const fields: Record<string, unknown> = { ...edit.fields };
  if (edit.securityLevelId) fields.security = { id: edit.securityLevelId };
  const body = {
    fields,
    ...(edit.addLabels.length > 0 ? { update: { labels: edit.addLabels.map((add) => ({ add })) } } : {}),
  };
  await callProduct('jira', 'jira.editIssue', route`/rest/api/3/issue/${idOrKey}?notifyUsers=false`, { method: 'PUT', body });
}

export async function getComment(issueIdOrKey: string, commentId: string): Promise<JiraComment> {
  const response = await callProduct('jira', 'jira.getComment', route`/rest/api/3/issue/${issueIdOrKey}/comment/${commentId}`);
  return CommentSchema.parse(await jsonOf(response));
}

/** Rewrites a comment's body, keeping its visibility restriction exactly as it was. */
export async function updateComment(issueIdOrKey: string, comment: JiraComment, body: AdfNode): Promise<void> {
  await callProduct('jira', 'jira.updateComment', route`/rest/api/3/issue/${issueIdOrKey}/comment/${comment.id}?notifyUsers=false`, {
    method: 'PUT',
    body: { body, ...(comment.visibility ? { visibility: comment.visibility } : {}) },
  });
}

/** Service desk: makes a public comment internal (the `sd.public.comment` comment property). */
export async function makeCommentInternal(commentId: string): Promise<void> {
  await callProduct('jira', 'jira.setCommentProperty', route`/rest/api/3/comment/${commentId}/properties/sd.public.comment`, {
    method: 'PUT', body: { internal: true },
  });
}

export async function setIssueProperty(idOrKey: string, key: string, value: unknown): Promise<void> {
  await callProduct('jira', 'jira.setIssueProperty', route`/rest/api/3/issue/${idOrKey}/properties/${key}`, { method: 'PUT', body: value });
}

/**
 * Whether the app administers the project: without that, Jira silently ignores notifyUsers=false and
 * watchers are e-mailed the edit (the record says so).
 */
export async function appAdministersProject(projectKey: string): Promise<boolean> {
  const response = await callProduct('jira', 'jira.myPermissions',
    route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=ADMINISTER_PROJECTS`);
  const parsed = PermissionsSchema.safeParse(await jsonOf(response));
  return parsed.success && parsed.data.permissions.ADMINISTER_PROJECTS?.havePermission === true;
}

/**
 * Tells the policy's alert recipients (a privacy officer) that PHI was found, by Jira's issue e-mail.
 * The message names the issue and the types only: an alert must not carry the PHI it reports.
 */
export async function notifyRecipients(issueIdOrKey: string, recipients: readonly string[], subject: string, textBody: string): Promise<void> {
  if (recipients.length === 0) return;
  await callProduct('jira', 'jira.notify', route`/rest/api/3/issue/${issueIdOrKey}/notify`, {
    method: 'POST', body: { subject, textBody, to: { users: recipients.map((accountId) => ({ accountId })) } },
  });
}
