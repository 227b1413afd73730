/**
 * Jira Cloud REST v3 issue routes: get, create (for seeding) and edit issue, and the changelog.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/
 */
import { z } from 'zod';
import type { Call, Reply } from './http';
import { intParam, jiraError, noContent, ok, parseBody } from './http';
import type { Route } from './router';
import type { ChangeItem, JiraIssue, SiteState } from './state';
import { items, jiraTime } from './state';
import { issueEvent } from './events';
import { applyOperation, changeItem, checkField, isKnownField } from './jira-fields';
import { findIssue, jiraUser, recordNotification } from './jira-shared';
import { commentJson } from './jira-comments';

export const issueItem = (params: Readonly<Record<string, string>>, state: SiteState): string | undefined => {
  const issue = state.issue(params.issueIdOrKey ?? '');
  return issue ? items.issue(issue.key) : undefined;
};

const EntityPropertyList = z.array(z.object({ key: z.string().min(1).max(255), value: z.unknown() }));

const EditBody = z.looseObject({
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))).optional(),
  properties: EntityPropertyList.optional(),
});

const CreateBody = z.looseObject({
  fields: z.looseObject({ project: z.looseObject({ key: z.string().optional(), id: z.string().optional() }) }),
  properties: EntityPropertyList.optional(),
});

/** Which fields a `fields` query selects: comma lists, repeatable, `*all`/`*navigable`, `-name` excludes. */
export function fieldSelector(query: URLSearchParams, byDefault: 'all' | 'none'): (id: string) => boolean {
  const tokens = query.getAll('fields').flatMap((f) => f.split(',')).map((t) => t.trim()).filter((t) => t !== '');
  const all = tokens.length === 0 ? byDefault === 'all' : tokens.some((t) => t === '*all' || t === '*navigable');
  const named = new Set(tokens.filter((t) => !t.startsWith('-') && !t.startsWith('*')));
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  return (id) => !excluded.has(id) && (all || named.has(id));
}

/** An IssueBean with the selected fields and, when asked for, the named entity properties. */
export function issueJson(call: Call, issue: JiraIssue, selected: (id: string) => boolean, propertyKeys: readonly string[]) {
  const { state, base } = call;
  const project = state.issueProject(issue);
  const all: Record<string, unknown> = {
    ...issue.fields,
    issuetype: { id: '10001', name: project.serviceDesk ? 'Service Request' : 'Task' },
    project: { id: project.id, key: project.key, name: project.name },
    status: { id: '1', name: 'Open' },
    creator: jiraUser(state, base, issue.creatorId),
    reporter: jiraUser(state, base, issue.creatorId),
    created: jiraTime(issue.created),
    updated: jiraTime(issue.updated),
  };
  if (selected('comment')) {
    const comments = issue.comments.map((c) => commentJson(call, issue, c));
    all.comment = { comments, maxResults: comments.length, total: comments.length, startAt: 0 };
  }
  const fields = Object.fromEntries(Object.entries(all).filter(([id]) => id === 'comment' || selected(id)));
  const wanted = propertyKeys.includes('*all') ? [...issue.properties.keys()] : propertyKeys;
  const properties = Object.fromEntries(wanted.filter((k) => issue.properties.has(k)).map((k) => [k, issue.properties.get(k)]));
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${base}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
    ...(wanted.length > 0 ? { properties } : {}),
  };
}

const propertyKeysParam = (query: URLSearchParams): string[] =>
  query.getAll('properties').flatMap((p) => p.split(',')).map((p) => p.trim()).filter((p) => p !== '');

function getIssue(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  return ok(issueJson(call, found.issue, fieldSelector(call.query, 'all'), propertyKeysParam(call.query)));
}

function setProperties(issue: JiraIssue, properties: ReadonlyArray<{ key: string; value: unknown }> | undefined): void {
  for (const p of properties ?? []) issue.properties.set(p.key, p.value);
}

/** Applies `fields` then `update` operations to a copy of the issue's fields; errors name the field. */
function nextFields(issue: JiraIssue, state: SiteState, body: z.infer<typeof EditBody>): { next: Record<string, unknown> } | { errors: Record<string, string> } {
  const project = state.issueProject(issue);
  const next: Record<string, unknown> = structuredClone(issue.fields);
  const errors: Record<string, string> = {};
  for (const [id, raw] of Object.entries(body.fields ?? {})) {
    if (body.update?.[id]) { errors[id] = `Field '${id}' cannot be set in both fields and update.`; continue; }
    const checked = checkField(id, raw, project);
    if ('error' in checked) errors[id] = checked.error; else next[id] = checked.value;
  }
  for (const [id, ops] of Object.entries(body.update ?? {})) {
    if (!isKnownField(id)) { errors[id] = `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`; continue; }
    for (const op of ops) {
      const applied = applyOperation(id, next[id], op, project);
      if ('error' in applied) errors[id] = applied.error; else next[id] = applied.value;
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { next };
}

function editIssue(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const parsed = parseBody(call, EditBody);
  if ('reply' in parsed) return parsed.reply;
  const { issue } = found;
  const result = nextFields(issue, call.state, parsed.value);
  if ('errors' in result) return jiraError(400, [], result.errors);

  const changes: ChangeItem[] = [];
  for (const [id, after] of Object.entries(result.next)) {
    const before = issue.fields[id];
    if (JSON.stringify(before ?? null) !== JSON.stringify(after ?? null)) changes.push(changeItem(id, before, after));
  }
  setProperties(issue, parsed.value.properties);
  if (changes.length > 0) {
    Object.assign(issue.fields, result.next);
    issue.updated = call.state.now();
    const entry = { id: call.state.nextId('changelog', 10100), authorId: call.caller, created: issue.updated, items: changes };
    issue.history.push(entry);
    recordNotification(call, items.issue(issue.key), 'issue_updated', changes.map((c) => c.fieldId));
    call.emit(issueEvent(call.state, 'updated', issue, call.caller, { id: entry.id, items: structuredClone(changes) }));
  }
  if (call.query.get('returnIssue') === 'true') return ok(issueJson(call, issue, fieldSelector(call.query, 'all'), []));
  return noContent();
}

function createIssue(call: Call): Reply {
  const parsed = parseBody(call, CreateBody);
  if ('reply' in parsed) return parsed.reply;
  const { project: ref, ...rest } = parsed.value.fields;
  const project = call.state.project(ref.key ?? ref.id ?? '');
  if (!project) return jiraError(400, [], { project: 'valid project is required' });
  const errors: Record<string, string> = {};
  const fields: Record<string, unknown> = { labels: [], description: null, environment: null, security: null };
  for (const [id, raw] of Object.entries(rest)) {
    if (id === 'issuetype') continue;
    const checked = checkField(id, raw, project);
    if ('error' in checked) errors[id] = checked.error; else fields[id] = checked.value;
  }
  if (fields.summary === undefined) errors.summary = 'You must specify a summary of the issue.';
  if (Object.keys(errors).length > 0) return jiraError(400, [], errors);
  const now = call.state.now();
  const issue: JiraIssue = {
    id: call.state.nextId('issue', 10000), key: `${project.key}-${project.nextIssueNumber}`, projectId: project.id, fields,
    creatorId: call.caller, created: now, updated: now, properties: new Map(), comments: [], history: [],
  };
  project.nextIssueNumber += 1;
  call.state.issues.push(issue);
  setProperties(issue, parsed.value.properties);
  call.emit(issueEvent(call.state, 'created', issue, call.caller));
  return ok({ id: issue.id, key: issue.key, self: `${call.base}/rest/api/3/issue/${issue.id}` }, 201);
}

function changelog(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const { issue } = found;
  const startAt = intParam(call.query, 'startAt', 0, 0, Number.MAX_SAFE_INTEGER);
  const maxResults = intParam(call.query, 'maxResults', 100, 1, 100);
  const page = issue.history.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= issue.history.length;
  const self = `${call.base}/rest/api/3/issue/${issue.key}/changelog`;
  return ok({
    self: `${self}?startAt=${startAt}&maxResults=${maxResults}`,
    ...(isLast ? {} : { nextPage: `${self}?startAt=${startAt + maxResults}&maxResults=${maxResults}` }),
    maxResults, startAt, total: issue.history.length, isLast,
    values: page.map((h) => ({ id: h.id, author: jiraUser(call.state, call.base, h.authorId), created: jiraTime(h.created), items: h.items })),
  });
}

const I = '/rest/api/3/issue/{issueIdOrKey}';
export const jiraIssueRoutes: readonly Route[] = [
  { method: 'POST', pattern: '/rest/api/3/issue', handler: createIssue },
  { method: 'GET', pattern: I, handler: getIssue, item: issueItem },
  { method: 'PUT', pattern: I, handler: editIssue, item: issueItem },
  { method: 'GET', pattern: `${I}/changelog`, handler: changelog, item: issueItem },
];
