/**
 * Jira comments (REST v3, ADF bodies), comment entity properties, and the JSM request-comment list.
 * Service-desk comments are public or internal; Jira keeps that in the `sd.public.comment` comment property
 * ({internal: boolean}) and reports it as the read-only `jsdPublic`. An update that omits `visibility` or
 * `properties` keeps the existing ones, so rewriting a body never widens who can see a comment.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/
 */
import { z } from 'zod';
import { AdfDocumentSchema } from '../../../src/core/adf/types';
import type { Call, Reply } from './http';
import { intParam, jiraError, jsmError, noContent, ok, parseBody } from './http';
import type { Route } from './router';
import type { JiraComment, JiraIssue, SiteState } from './state';
import { items, jiraTime } from './state';
import { commentEvent } from './events';
import { adfText, findIssue, jiraUser, recordNotification } from './jira-shared';

const Visibility = z.looseObject({
  type: z.enum(['group', 'role']),
  value: z.string().optional(),
  identifier: z.string().nullable().optional(),
});

const CommentBody = z.looseObject({
  body: AdfDocumentSchema,
  visibility: Visibility.nullable().optional(),
  properties: z.array(z.object({ key: z.string().min(1).max(255), value: z.unknown() })).optional(),
});

/** A `Comment` as REST v3 returns it. */
export function commentJson(call: Call, issue: JiraIssue, comment: JiraComment, withProperties = false) {
  const { state, base } = call;
  return {
    self: `${base}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    author: jiraUser(state, base, comment.authorId),
    body: comment.body,
    updateAuthor: jiraUser(state, base, comment.updateAuthorId),
    created: jiraTime(comment.created),
    updated: jiraTime(comment.updated),
    ...(comment.visibility ? { visibility: comment.visibility } : {}),
    jsdPublic: state.jsdPublic(issue, comment),
    ...(withProperties ? { properties: [...comment.properties].map(([key, value]) => ({ key, value })) } : {}),
  };
}

const commentItem = (params: Readonly<Record<string, string>>): string | undefined =>
  params.id !== undefined ? items.issueComment(params.id) : params.commentId !== undefined ? items.issueComment(params.commentId) : undefined;

const withProperties = (call: Call) => (call.query.get('expand') ?? '').split(',').includes('properties');

function findComment(call: Call, issue: JiraIssue): JiraComment | undefined {
  return issue.comments.find((c) => c.id === call.params.id);
}

const commentNotFound = () => jiraError(404, ['Can not find a comment for the id.']);

function listComments(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const { issue } = found;
  const startAt = intParam(call.query, 'startAt', 0, 0, Number.MAX_SAFE_INTEGER);
  const maxResults = intParam(call.query, 'maxResults', 100, 1, 100);
  const sorted = call.query.get('orderBy') === '-created' ? [...issue.comments].reverse() : issue.comments;
  const comments = sorted.slice(startAt, startAt + maxResults).map((c) => commentJson(call, issue, c, withProperties(call)));
  return ok({ comments, maxResults, total: issue.comments.length, startAt });
}

function getComment(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const comment = findComment(call, found.issue);
  return comment ? ok(commentJson(call, found.issue, comment, withProperties(call))) : commentNotFound();
}

function addComment(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const parsed = parseBody(call, CommentBody);
  if ('reply' in parsed) return parsed.reply;
  const { issue } = found;
  const now = call.state.now();
  const comment: JiraComment = {
    id: call.state.nextId('jira-comment', 10000), issueId: issue.id, body: parsed.value.body, authorId: call.caller,
    updateAuthorId: call.caller, created: now, updated: now,
    ...(parsed.value.visibility ? { visibility: parsed.value.visibility } : {}),
    properties: new Map((parsed.value.properties ?? []).map((p) => [p.key, p.value])),
  };
  issue.comments.push(comment);
  issue.updated = now;
  recordNotification(call, items.issue(issue.key), 'issue_commented', ['comment']);
  call.emit(commentEvent(call.state, issue, comment, call.caller));
  return ok(commentJson(call, issue, comment), 201);
}

function updateComment(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const comment = findComment(call, found.issue);
  if (!comment) return commentNotFound();
  const parsed = parseBody(call, CommentBody);
  if ('reply' in parsed) return parsed.reply;
  const { issue } = found;
  comment.body = parsed.value.body;
  // An explicit null clears the restriction; leaving the field out keeps it.
  if (parsed.value.visibility === null) delete comment.visibility;
  else if (parsed.value.visibility) comment.visibility = parsed.value.visibility;
  for (const p of parsed.value.properties ?? []) comment.properties.set(p.key, p.value);
  comment.updateAuthorId = call.caller;
  comment.updated = call.state.now();
  recordNotification(call, items.issue(issue.key), 'comment_edited', ['comment']);
  call.emit(commentEvent(call.state, issue, comment, call.caller));
  return ok(commentJson(call, issue, comment, withProperties(call)));
}

// Comment entity properties (/rest/api/3/comment/{commentId}/properties/...).

function withComment(call: Call, run: (comment: JiraComment, issue: JiraIssue) => Reply): Reply {
  const found = call.state.comment(call.params.commentId ?? '');
  return found ? run(found.comment, found.issue) : commentNotFound();
}

const listCommentProperties = (call: Call): Reply => withComment(call, (comment) =>
  ok({ keys: [...comment.properties.keys()].map((key) => ({ key, self: `${call.base}/rest/api/3/comment/${comment.id}/properties/${key}` })) }));

const getCommentProperty = (call: Call): Reply => withComment(call, (comment) => {
  const key = call.params.propertyKey ?? '';
  return comment.properties.has(key) ? ok({ key, value: comment.properties.get(key) }) : jiraError(404, [`The property with key '${key}' does not exist.`]);
});

const setCommentProperty = (call: Call): Reply => withComment(call, (comment) => {
  if (call.body === undefined) return jiraError(400, ['The property value must be valid JSON.']);
  const key = call.params.propertyKey ?? '';
  const existed = comment.properties.has(key);
  comment.properties.set(key, call.body);
  return { status: existed ? 200 : 201 };
});

const deleteCommentProperty = (call: Call): Reply => withComment(call, (comment) => {
  const key = call.params.propertyKey ?? '';
  return comment.properties.delete(key) ? noContent() : jiraError(404, [`The property with key '${key}' does not exist.`]);
});

// JSM: GET /rest/servicedeskapi/request/{issueIdOrKey}/comment, plain-text bodies with a `public` flag.

const dateDto = (d: Date) => ({ iso8601: d.toISOString().replace(/\.\d{3}Z$/, '+0000'), jira: jiraTime(d), friendly: d.toUTCString(), epochMillis: d.getTime() });

function jsmUser(state: SiteState, accountId: string) {
  const a = state.account(accountId);
  return { accountId: a.accountId, displayName: a.displayName, active: true, timeZone: 'UTC' };
}

function requestComments(call: Call): Reply {
  const issue = call.state.issue(call.params.issueIdOrKey ?? '');
  if (!issue || !call.state.issueProject(issue).serviceDesk) return jsmError(404, 'The request could not be found.');
  const wantPublic = call.query.get('public') !== 'false';
  const wantInternal = call.query.get('internal') !== 'false';
  const start = intParam(call.query, 'start', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = intParam(call.query, 'limit', 50, 1, 100);
  const matching = issue.comments.filter((c) => (call.state.jsdPublic(issue, c) ? wantPublic : wantInternal));
  const page = matching.slice(start, start + limit);
  const self = `${call.base}/rest/servicedeskapi/request/${issue.id}/comment`;
  return ok({
    _expands: [], size: page.length, start, limit, isLastPage: start + page.length >= matching.length,
    _links: { base: call.base, context: '', self },
    values: page.map((c) => ({
      _expands: ['attachment', 'renderedBody'],
      id: c.id,
      body: adfText(c.body),
      public: call.state.jsdPublic(issue, c),
      author: jsmUser(call.state, c.authorId),
      created: dateDto(c.created),
      _links: { self: `${self}/${c.id}` },
    })),
  });
}

const C = '/rest/api/3/issue/{issueIdOrKey}/comment';
const P = '/rest/api/3/comment/{commentId}/properties';
export const jiraCommentRoutes: readonly Route[] = [
  { method: 'GET', pattern: C, handler: listComments },
  { method: 'POST', pattern: C, handler: addComment, item: (params, state) => {
    const issue = state.issue(params.issueIdOrKey ?? '');
    return issue ? items.issue(issue.key) : undefined;
  } },
  { method: 'GET', pattern: `${C}/{id}`, handler: getComment, item: commentItem },
  { method: 'PUT', pattern: `${C}/{id}`, handler: updateComment, item: commentItem },
  { method: 'GET', pattern: P, handler: listCommentProperties, item: commentItem },
  { method: 'GET', pattern: `${P}/{propertyKey}`, handler: getCommentProperty, item: commentItem },
  { method: 'PUT', pattern: `${P}/{propertyKey}`, handler: setCommentProperty, item: commentItem },
  { method: 'DELETE', pattern: `${P}/{propertyKey}`, handler: deleteCommentProperty, item: commentItem },
  { method: 'GET', pattern: '/rest/servicedeskapi/request/{issueIdOrKey}/comment', handler: requestComments },
];
