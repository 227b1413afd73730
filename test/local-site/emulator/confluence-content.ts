/**
 * Confluence pages and blog posts: v2 get (current or `?version=N`), update (version must be current + 1,
 * else 409), create (for seeding), version list and label list; v1 label add/remove, historical version
 * delete and the current user. Deleting a version follows the v1 docs: "the changes for the deleted
 * version are rolled up into the next version. You cannot delete the current version." Each version here
 * is a full snapshot, so the next version already holds those changes; the later versions are renumbered
 * so numbers stay contiguous, as Confluence Cloud does.
 * https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/
 */
import { z } from 'zod';
import type { Call, Reply } from './http';
import { confluenceError, confluenceV1Error, noContent, ok, parseBody } from './http';
import type { Route } from './router';
import type { WikiContent, WikiVersion } from './state';
import { current, items } from './state';
import { contentEvent } from './events';
import { BodyWrite, bodyJson, pageOf, readAdf, staleVersion, versionJson } from './confluence-shared';

type Kind = WikiContent['type'];

const UpdateBody = z.looseObject({
  id: z.string(),
  status: z.enum(['current', 'draft']),
  title: z.string().min(1).max(255),
  body: BodyWrite,
  version: z.looseObject({ number: z.number().int(), message: z.string().optional() }),
});

const CreateBody = z.looseObject({
  spaceId: z.string(),
  status: z.enum(['current', 'draft']).optional(),
  title: z.string().min(1).max(255),
  parentId: z.string().optional(),
  body: BodyWrite,
});

const notFound = () => confluenceError(404, 'Not Found', 'The content does not exist or you do not have permission to view it.');

function contentJson(call: Call, content: WikiContent, version: WikiVersion, body: Record<string, unknown>) {
  const latest = current(content.versions);
  const path = content.type === 'page' ? `/spaces/${content.spaceId}/pages/${content.id}` : `/spaces/${content.spaceId}/blog/${content.id}`;
  return {
    id: content.id,
    status: version === latest ? 'current' : 'historical',
    title: version.title,
    spaceId: content.spaceId,
    authorId: content.authorId,
    ...(content.type === 'page' ? { ownerId: content.authorId } : {}),
    createdAt: content.createdAt.toISOString(),
    version: versionJson(version),
    body,
    ...(call.query.get('include-labels') === 'true' ? { labels: { results: content.labels.map((l) => ({ ...l })) } } : {}),
    _links: { webui: path, editui: `/pages/resumedraft.action?draftId=${content.id}`, tinyui: `/x/${content.id}`, base: `${call.base}/wiki` },
  };
}

function getContent(kind: Kind) {
  return (call: Call): Reply => {
    const content = call.state.content(call.params.id ?? '', kind);
    if (!content) return notFound();
    const wanted = call.query.get('version');
    const version = wanted === null ? current(content.versions) : content.versions.find((v) => String(v.number) === wanted);
    if (!version) return notFound();
    const body = bodyJson(call, version.body);
    if ('reply' in body) return body.reply;
    return ok(contentJson(call, content, version, body.body));
  };
}

function updateContent(kind: Kind) {
  return (call: Call): Reply => {
    const content = call.state.content(call.params.id ?? '', kind);
    if (!content) return notFound();
    const parsed = parseBody(call, UpdateBody);
    if ('reply' in parsed) return parsed.reply;
    const { value } = parsed;
    if (value.id !== content.id) return confluenceError(400, 'Invalid request', 'The id in the body does not match the path.');
    if (value.status === 'draft') return confluenceError(400, 'Unsupported status', 'The local site does not keep drafts.');
    const latest = current(content.versions);
    if (value.version.number !== latest.number + 1) return staleVersion(latest.number);
    const adf = readAdf(value.body);
    if ('reply' in adf) return adf.reply;
    const version: WikiVersion = {
      number: latest.number + 1, title: value.title, body: adf.doc, authorId: call.caller, createdAt: call.state.now(),
      message: value.version.message ?? '', minorEdit: false,
    };
    content.versions.push(version);
    call.emit(contentEvent(call.state, 'updated', content, call.caller));
    return ok(contentJson(call, content, version, {}));
  };
}

function createContent(kind: Kind) {
  return (call: Call): Reply => {
    const parsed = parseBody(call, CreateBody);
    if ('reply' in parsed) return parsed.reply;
    const space = call.state.space(parsed.value.spaceId);
    if (!space) return confluenceError(400, 'Invalid request', `No space with id ${parsed.value.spaceId}.`);
    const adf = readAdf(parsed.value.body);
    if ('reply' in adf) return adf.reply;
    const now = call.state.now();
    const content: WikiContent = {
      id: call.state.nextId('wiki-content', 1001), type: kind, spaceId: space.id, authorId: call.caller, createdAt: now,
      versions: [{ number: 1, title: parsed.value.title, body: adf.doc, authorId: call.caller, createdAt: now, message: '', minorEdit: false }],
      labels: [], properties: [],
    };
    call.state.contents.push(content);
    call.emit(contentEvent(call.state, 'created', content, call.caller));
    return ok(contentJson(call, content, current(content.versions), {}));
  };
}

function listVersions(kind: Kind) {
  return (call: Call): Reply => {
    const content = call.state.content(call.params.id ?? '', kind);
    if (!content) return notFound();
    const withBody = call.query.get('body-format') === 'atlas_doc_format';
    const newestFirst = call.query.get('sort') !== 'modified-date';
    const ordered = newestFirst ? [...content.versions].reverse() : content.versions;
    return pageOf(call, ordered.map((v) => ({
      ...versionJson(v),
      [kind === 'page' ? 'page' : 'blogpost']: {
        id: content.id, title: v.title,
        ...(withBody ? { body: { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify(v.body) } } } : {}),
      },
    })), 50);
  };
}

function listLabels(kind: Kind) {
  return (call: Call): Reply => {
    const content = call.state.content(call.params.id ?? '', kind);
    if (!content) return notFound();
    const prefix = call.query.get('prefix');
    return pageOf(call, content.labels.filter((l) => prefix === null || l.prefix === prefix).map((l) => ({ ...l })), 25);
  };
}

// v1 writes (/wiki/rest/api/...), with v1's error shape.

const LabelCreate = z.looseObject({ prefix: z.enum(['global', 'my', 'team']), name: z.string().min(1).max(255) });
const LabelBody = z.union([LabelCreate, z.array(LabelCreate).min(1)]);

function addLabels(call: Call): Reply {
  const content = call.state.content(call.params.id ?? '');
  if (!content) return confluenceV1Error(404, `No content found with id: ${call.params.id}`);
  const parsed = parseBody(call, LabelBody);
  if ('reply' in parsed) return parsed.reply;
  const wanted = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const bad = wanted.find((l) => /[\s:;,.!#&()*?[\]^{}|~\\/]/.test(l.name));
  if (bad) return confluenceV1Error(400, `Label '${bad.name}' contains invalid characters.`);
  for (const l of wanted) {
    // Confluence stores label names in lower case.
    const name = l.name.toLowerCase();
    if (!content.labels.some((x) => x.name === name && x.prefix === l.prefix)) {
      content.labels.push({ id: call.state.nextId('wiki-label', 50001), name, prefix: l.prefix });
    }
  }
  const results = content.labels.map((l) => ({ prefix: l.prefix, name: l.name, id: l.id, label: l.name }));
  return ok({ results, start: 0, limit: 200, size: results.length, _links: { base: `${call.base}/wiki`, context: '/wiki' } });
}

/** Removing a label the content does not carry is a no-op (204), so retried removals are safe. */
function removeLabel(call: Call, name: string): Reply {
  const content = call.state.content(call.params.id ?? '');
  if (!content) return confluenceV1Error(404, `No content found with id: ${call.params.id}`);
  const at = content.labels.findIndex((l) => l.name === name.toLowerCase());
  if (at >= 0) content.labels.splice(at, 1);
  return noContent();
}

function deleteVersion(call: Call): Reply {
  const content = call.state.content(call.params.id ?? '');
  const n = Number(call.params.versionNumber);
  if (!content) return confluenceV1Error(400, `No content found with id: ${call.params.id}`);
  const at = content.versions.findIndex((v) => v.number === n);
  if (at < 0) return confluenceV1Error(400, `Version ${call.params.versionNumber} does not exist.`);
  if (at === content.versions.length - 1) return confluenceV1Error(400, 'You cannot delete the current version.');
  content.versions.splice(at, 1);
  for (const v of content.versions.slice(at)) v.number -= 1;
  return noContent();
}

/** `expand=operations` lists the global operations; only a site admin gets `administer application`. */
function currentUser(call: Call): Reply {
  const a = call.state.account(call.caller);
  const expand = (call.query.get('expand') ?? '').split(',');
  const operations = [{ operation: 'use', targetType: 'application' }, { operation: 'create_space', targetType: 'application' },
    ...(a.accountType === 'atlassian' && a.siteAdmin !== false ? [{ operation: 'administer', targetType: 'application' }] : [])];
  return ok({
    ...(expand.includes('operations') ? { operations } : {}),
    type: 'known', accountId: a.accountId, accountType: a.accountType, email: '', publicName: a.displayName,
    displayName: a.displayName, timeZone: 'UTC', isExternalCollaborator: false, isGuest: false,
    profilePicture: { path: '/wiki/aa-avatar/default.png', width: 48, height: 48, isDefault: true },
    _links: { self: `${call.base}/wiki/rest/api/user?accountId=${encodeURIComponent(a.accountId)}`, base: `${call.base}/wiki`, context: '/wiki' },
  });
}

const contentItem = (params: Readonly<Record<string, string>>) => (params.id !== undefined ? items.content(params.id) : undefined);

const v2 = (kind: Kind): Route[] => {
  const base = `/wiki/api/v2/${kind === 'page' ? 'pages' : 'blogposts'}`;
  return [
    { method: 'POST', pattern: base, handler: createContent(kind) },
    { method: 'GET', pattern: `${base}/{id}`, handler: getContent(kind), item: contentItem },
    { method: 'PUT', pattern: `${base}/{id}`, handler: updateContent(kind), item: contentItem },
    { method: 'GET', pattern: `${base}/{id}/versions`, handler: listVersions(kind), item: contentItem },
    { method: 'GET', pattern: `${base}/{id}/labels`, handler: listLabels(kind), item: contentItem },
  ];
};

export const confluenceContentRoutes: readonly Route[] = [
  ...v2('page'),
  ...v2('blogpost'),
  { method: 'POST', pattern: '/wiki/rest/api/content/{id}/label', handler: addLabels, item: contentItem },
  { method: 'DELETE', pattern: '/wiki/rest/api/content/{id}/label', handler: (call) => removeLabel(call, call.query.get('name') ?? ''), item: contentItem },
  { method: 'DELETE', pattern: '/wiki/rest/api/content/{id}/label/{label}', handler: (call) => removeLabel(call, call.params.label ?? ''), item: contentItem },
  { method: 'DELETE', pattern: '/wiki/rest/api/content/{id}/version/{versionNumber}', handler: deleteVersion, item: contentItem },
  { method: 'GET', pattern: '/wiki/rest/api/user/current', handler: currentUser },
];
