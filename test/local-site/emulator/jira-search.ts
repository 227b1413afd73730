/**
 * JQL search, GET and POST /rest/api/3/search/jql (the enhanced search: `nextPageToken` paging, `isLast`,
 * no `total`). Understands a small JQL subset joined by AND: `project = KEY`, `project in (A, B)`,
 * `key = X`, `updated|created >=|>|<=|< "yyyy-MM-dd[ HH:mm]"` or a relative `-1d`, and
 * `ORDER BY created|updated|key ASC|DESC`. Anything else, and unbounded queries, get Jira's 400.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/
 */
import { z } from 'zod';
import type { Call, Reply } from './http';
import { decodeCursor, encodeCursor, intParam, jiraError, ok, parseBody } from './http';
import type { Route } from './router';
import type { JiraIssue, SiteState } from './state';
import { fieldSelector, issueJson } from './jira-issues';

type Predicate = (issue: JiraIssue) => boolean;
type Sort = { field: 'created' | 'updated' | 'key'; desc: boolean };
type Parsed = { filters: Predicate[]; sort: Sort } | { error: string };

const RELATIVE_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** JQL dates are in the site's time zone, which the local site keeps at UTC. */
function jqlDate(text: string, now: Date): Date | undefined {
  const relative = /^(-?\d+)([mhdw])$/.exec(text);
  if (relative) return new Date(now.getTime() + Number(relative[1]) * (RELATIVE_MS[relative[2] ?? 'd'] ?? 0));
  const absolute = /^(\d{4})[-/](\d{2})[-/](\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (!absolute) return undefined;
  const [, y, mo, d, h = '00', mi = '00'] = absolute;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:00Z`);
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '>=': (a, b) => a >= b, '>': (a, b) => a > b, '<=': (a, b) => a <= b, '<': (a, b) => a < b,
};

function clause(text: string, state: SiteState): Predicate | { error: string } {
  const unquote = (v: string) => v.replace(/^["']|["']$/g, '');
  const project = /^project\s*=\s*("[^"]+"|'[^']+'|\S+)$/i.exec(text);
  const projects = /^project\s+in\s*\(([^)]*)\)$/i.exec(text);
  if (project || projects) {
    const names = project ? [unquote(project[1] ?? '')] : (projects?.[1] ?? '').split(',').map((n) => unquote(n.trim()));
    const ids: string[] = [];
    for (const name of names) {
      const p = state.project(name);
      if (!p) return { error: `The value '${name}' does not exist for the field 'project'.` };
      ids.push(p.id);
    }
    return (issue) => ids.includes(issue.projectId);
  }
  const key = /^(?:key|issuekey|id)\s*=\s*("[^"]+"|\S+)$/i.exec(text);
  if (key) {
    const wanted = unquote(key[1] ?? '');
    if (!state.issue(wanted)) return { error: `An issue with key '${wanted}' does not exist for field 'key'.` };
    return (issue) => issue.key === wanted || issue.id === wanted;
  }
  const date = /^(updated|created)\s*(>=|<=|>|<)\s*("[^"]+"|'[^']+'|\S+)$/i.exec(text);
  if (date) {
    const when = jqlDate(unquote(date[3] ?? ''), state.now());
    if (!when) return { error: `Date value '${unquote(date[3] ?? '')}' for field '${date[1]}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.` };
    const field = (date[1] ?? '').toLowerCase() === 'updated' ? 'updated' : 'created';
    const compare = COMPARE[date[2] ?? '>='] ?? COMPARE['>='];
    return (issue) => compare?.(issue[field].getTime(), when.getTime()) ?? false;
  }
  return { error: `Error in the JQL Query: the local site does not support the clause '${text}'.` };
}

export function parseJql(jql: string, state: SiteState): Parsed {
  const orderAt = jql.search(/\border\s+by\b/i);
  const where = (orderAt >= 0 ? jql.slice(0, orderAt) : jql).trim();
  const order = orderAt >= 0 ? jql.slice(orderAt).trim() : '';
  if (where === '') return { error: 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.' };
  let sort: Sort = { field: 'created', desc: true };
  if (order !== '') {
    const m = /^order\s+by\s+(created|updated|key)(?:\s+(asc|desc))?$/i.exec(order);
    if (!m) return { error: `Error in the JQL Query: the local site does not support '${order}'.` };
    sort = { field: (m[1] ?? 'created').toLowerCase() as Sort['field'], desc: (m[2] ?? 'asc').toLowerCase() === 'desc' };
  }
  const filters: Predicate[] = [];
  for (const part of where.split(/\s+and\s+/i)) {
    const c = clause(part.trim(), state);
    if ('error' in c) return c;
    filters.push(c);
  }
  return { filters, sort };
}

const sortValue = (issue: JiraIssue, field: Sort['field']): number =>
  field === 'key' ? Number(issue.key.split('-')[1]) : issue[field].getTime();

function search(call: Call, query: URLSearchParams): Reply {
  const jql = query.get('jql') ?? '';
  const parsed = parseJql(jql, call.state);
  if ('error' in parsed) return jiraError(400, [parsed.error]);
  const matching = call.state.issues
    .filter((issue) => parsed.filters.every((f) => f(issue)))
    .sort((a, b) => {
      const diff = sortValue(a, parsed.sort.field) - sortValue(b, parsed.sort.field);
      return (parsed.sort.desc ? -diff : diff) || Number(a.id) - Number(b.id);
    });
  const token = query.get('nextPageToken');
  const offset = token ? decodeCursor(token, jql) : 0;
  if (offset === undefined) return jiraError(400, ['The nextPageToken is invalid or expired.']);
  const selected = fieldSelector(query, 'none');
  const idsOnly = query.getAll('fields').every((f) => f.split(',').every((t) => t === 'id' || t === 'key'));
  const maxResults = intParam(query, 'maxResults', 50, 1, idsOnly ? 5000 : 100);
  const properties = query.getAll('properties').flatMap((p) => p.split(',')).filter((p) => p !== '').slice(0, 5);
  const page = matching.slice(offset, offset + maxResults);
  const isLast = offset + page.length >= matching.length;
  return ok({
    issues: page.map((issue) => issueJson(call, issue, selected, properties)),
    isLast,
    ...(isLast ? {} : { nextPageToken: encodeCursor(offset + page.length, jql) }),
  });
}

const SearchBody = z.object({
  jql: z.string().optional(),
  nextPageToken: z.string().optional(),
  maxResults: z.number().int().optional(),
  fields: z.array(z.string()).optional(),
  expand: z.string().optional(),
  properties: z.array(z.string()).optional(),
  fieldsByKeys: z.boolean().optional(),
  reconcileIssues: z.array(z.number().int()).optional(),
}).strict();

/** POST takes the same parameters as a JSON body (SearchAndReconcileRequestBean). */
function searchPost(call: Call): Reply {
  const parsed = parseBody(call, SearchBody);
  if ('reply' in parsed) return parsed.reply;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parsed.value)) {
    if (Array.isArray(value)) query.set(name, value.join(','));
    else if (value !== undefined) query.set(name, String(value));
  }
  return search(call, query);
}

export const jiraSearchRoutes: readonly Route[] = [
  { method: 'GET', pattern: '/rest/api/3/search/jql', handler: (call) => search(call, call.query) },
  { method: 'POST', pattern: '/rest/api/3/search/jql', handler: searchPost, read: true },
];
