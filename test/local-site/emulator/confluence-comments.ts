/**
 * Confluence v2 footer and inline comments: list per page/blog post, get, update (version must be
 * current + 1, else 409) and create (for seeding). Comment updates fire avi:confluence:updated:comment.
 * https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-comment/
 */
import { z } from 'zod';
import type { Call, Reply } from './http';
import { confluenceError, ok, parseBody } from './http';
import type { Route } from './router';
import type { WikiComment, WikiContent } from './state';
import { current, items } from './state';
import { wikiCommentEvent } from './events';
import { BodyWrite, bodyJson, pageOf, readAdf, staleVersion, versionJson } from './confluence-shared';

type Kind = WikiComment['kind'];
type ContainerKind = WikiContent['type'];

const UpdateBody = z.looseObject({
  version: z.looseObject({ number: z.number().int(), message: z.string().optional() }),
  body: BodyWrite,
  resolved: z.boolean().optional(),
});

const CreateBody = z.looseObject({
  pageId: z.string().optional(),
  blogPostId: z.string().optional(),
  parentCommentId: z.string().optional(),
  body: BodyWrite,
  inlineCommentProperties: z.looseObject({ textSelection: z.string().optional() }).optional(),
});

const notFound = () => confluenceError(404, 'Not Found', 'The comment does not exist or you do not have permission to view it.');

function commentJson(call: Call, comment: WikiComment, body: Record<string, unknown>) {
  const container = call.state.content(comment.containerId);
  const latest = current(comment.versions);
  return {
    id: comment.id,
    status: 'current',
    title: `Re: ${container ? current(container.versions).title : ''}`,
    ...(container?.type === 'blogpost' ? { blogPostId: comment.containerId } : { pageId: comment.containerId }),
    ...(comment.parentCommentId ? { parentCommentId: comment.parentCommentId } : {}),
    version: versionJson(latest),
    body,
    ...(comment.kind === 'inline'
      ? { resolutionStatus: comment.resolutionStatus ?? 'open', properties: { inlineMarkerRef: `marker-${comment.id}`, inlineOriginalSelection: comment.inlineOriginalSelection ?? '' } }
      : {}),
    _links: { webui: `/pages/viewpage.action?pageId=${comment.containerId}&focusedCommentId=${comment.id}` },
  };
}

function listComments(containerKind: ContainerKind, kind: Kind) {
  return (call: Call): Reply => {
    const container = call.state.content(call.params.id ?? '', containerKind);
    if (!container) return confluenceError(404, 'Not Found', 'The content does not exist or you do not have permission to view it.');
    const results: unknown[] = [];
    for (const comment of call.state.wikiComments.filter((c) => c.containerId === container.id && c.kind === kind && !c.parentCommentId)) {
      const body = bodyJson(call, current(comment.versions).body);
      if ('reply' in body) return body.reply;
      results.push(commentJson(call, comment, body.body));
    }
    return pageOf(call, results, 25);
  };
}

function getComment(kind: Kind) {
  return (call: Call): Reply => {
    const comment = call.state.wikiComment(call.params['comment-id'] ?? '', kind);
    if (!comment) return notFound();
    const body = bodyJson(call, current(comment.versions).body);
    if ('reply' in body) return body.reply;
    return ok(commentJson(call, comment, body.body));
  };
}

function updateComment(kind: Kind) {
  return (call: Call): Reply => {
    const comment = call.state.wikiComment(call.params['comment-id'] ?? '', kind);
    if (!comment) return notFound();
    const parsed = parseBody(call, UpdateBody);
    if ('reply' in parsed) return parsed.reply;
    const latest = current(comment.versions);
    if (parsed.value.version.number !== latest.number + 1) return staleVersion(latest.number);
    const adf = readAdf(parsed.value.body);
    if ('reply' in adf) return adf.reply;
    comment.versions.push({
      number: latest.number + 1, title: latest.title, body: adf.doc, authorId: call.caller, createdAt: call.state.now(),
      message: parsed.value.version.message ?? '', minorEdit: false,
    });
    if (kind === 'inline' && parsed.value.resolved !== undefined) comment.resolutionStatus = parsed.value.resolved ? 'resolved' : 'open';
    call.emit(wikiCommentEvent(call.state, 'updated', comment, call.caller));
    return ok(commentJson(call, comment, {}));
  };
}

function createComment(kind: Kind) {
  return (call: Call): Reply => {
    const parsed = parseBody(call, CreateBody);
    if ('reply' in parsed) return parsed.reply;
    const { pageId, blogPostId, parentCommentId } = parsed.value;
    const parent = parentCommentId !== undefined ? call.state.wikiComment(parentCommentId, kind) : undefined;
    const container = parent ? call.state.content(parent.containerId) : call.state.content(pageId ?? blogPostId ?? '', pageId ? 'page' : 'blogpost');
    if (!container) return confluenceError(404, 'Not Found', 'The page, blog post or parent comment does not exist.');
    const adf = readAdf(parsed.value.body);
    if ('reply' in adf) return adf.reply;
    const now = call.state.now();
    const selection = parsed.value.inlineCommentProperties?.textSelection;
    const comment: WikiComment = {
      id: call.state.nextId('wiki-comment', 70001), kind, containerId: container.id,
      ...(parent ? { parentCommentId: parent.id } : {}),
      versions: [{ number: 1, title: '', body: adf.doc, authorId: call.caller, createdAt: now, message: '', minorEdit: false }],
      ...(kind === 'inline' ? { resolutionStatus: 'open' as const, ...(selection !== undefined ? { inlineOriginalSelection: selection } : {}) } : {}),
      properties: [],
    };
    call.state.wikiComments.push(comment);
    call.emit(wikiCommentEvent(call.state, 'created', comment, call.caller));
    return ok(commentJson(call, comment, {}), 201);
  };
}

const commentItem = (params: Readonly<Record<string, string>>) => {
  const id = params['comment-id'];
  return id !== undefined ? items.wikiComment(id) : undefined;
};

export const confluenceCommentRoutes: readonly Route[] = [
  { method: 'GET', pattern: '/wiki/api/v2/pages/{id}/footer-comments', handler: listComments('page', 'footer') },
  { method: 'GET', pattern: '/wiki/api/v2/pages/{id}/inline-comments', handler: listComments('page', 'inline') },
  { method: 'GET', pattern: '/wiki/api/v2/blogposts/{id}/footer-comments', handler: listComments('blogpost', 'footer') },
  { method: 'GET', pattern: '/wiki/api/v2/blogposts/{id}/inline-comments', handler: listComments('blogpost', 'inline') },
  { method: 'POST', pattern: '/wiki/api/v2/footer-comments', handler: createComment('footer') },
  { method: 'POST', pattern: '/wiki/api/v2/inline-comments', handler: createComment('inline') },
  { method: 'GET', pattern: '/wiki/api/v2/footer-comments/{comment-id}', handler: getComment('footer'), item: commentItem },
  { method: 'PUT', pattern: '/wiki/api/v2/footer-comments/{comment-id}', handler: updateComment('footer'), item: commentItem },
  { method: 'GET', pattern: '/wiki/api/v2/inline-comments/{comment-id}', handler: getComment('inline'), item: commentItem },
  { method: 'PUT', pattern: '/wiki/api/v2/inline-comments/{comment-id}', handler: updateComment('inline'), item: commentItem },
];
