/**
 * The local Atlassian site: an HTTP server on 127.0.0.1 (a free port) that speaks the Jira Cloud REST v3,
 * JSM and Confluence Cloud REST v2/v1 endpoints phi-guard uses, with in-memory state, Forge product events,
 * fault injection and counters. The Forge harness (../forge/) routes `__forge_fetch__` product calls here,
 * naming the caller in the `x-local-site-account` header; the demo and end-to-end tests read `snapshot()`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Reply } from './http';
import { productError, productOf } from './http';
import type { EventListener } from './events';
import { EventBus } from './events';
import { Faults } from './faults';
import type { ApiCounters, Incoming } from './router';
import { Router } from './router';
import type { SecurityLevelDef, SiteSettings } from './state';
import { ACCOUNT_HEADER, DEFAULT_USER_ID, SiteState } from './state';
import type { SiteSnapshot } from './snapshot';
import { snapshot } from './snapshot';
import { jiraIssueRoutes } from './jira-issues';
import { jiraNotifyRoutes } from './jira-notify';
import { jiraPropertyRoutes } from './jira-properties';
import { jiraMetaRoutes } from './jira-meta';
import { jiraCommentRoutes } from './jira-comments';
import { jiraSearchRoutes } from './jira-search';
import { jiraRedactRoutes } from './jira-redact';
import { confluenceContentRoutes } from './confluence-content';
import { confluenceCommentRoutes } from './confluence-comments';
import { confluencePropertyRoutes } from './confluence-properties';

export { ACCOUNT_HEADER, APP_ACCOUNT_ID, DEFAULT_USER_ID, items } from './state';
export type { Account, NotificationRecord, SiteSettings } from './state';
export type { ConfluenceEvent, EventListener, JiraCommentEvent, JiraIssueEvent, ProductEvent } from './events';
export type { FaultMatch } from './faults';
export type { Faults } from './faults';
export type { ApiCounters } from './router';
export type { SiteSnapshot } from './snapshot';

export const routes = [
  ...jiraIssueRoutes, ...jiraNotifyRoutes, ...jiraPropertyRoutes, ...jiraMetaRoutes, ...jiraCommentRoutes, ...jiraSearchRoutes, ...jiraRedactRoutes,
  ...confluenceContentRoutes, ...confluenceCommentRoutes, ...confluencePropertyRoutes,
];

export interface ProjectOptions {
  readonly key: string;
  readonly name: string;
  /** A Jira Service Management project (public/internal comments). */
  readonly serviceDesk?: boolean;
  /** Issue security levels; two are made up when omitted. */
  readonly securityLevels?: ReadonlyArray<Omit<SecurityLevelDef, 'id'>>;
}

export interface SiteOptions {
  readonly projects?: readonly ProjectOptions[];
  readonly spaces?: ReadonlyArray<{ key: string; name: string }>;
  /** Display names for user accounts that will call the site (others get their id as name). */
  readonly users?: ReadonlyArray<{ accountId: string; displayName: string; siteAdmin?: boolean }>;
  /** Default true. */
  readonly appIsProjectAdmin?: boolean;
  /** Default false. */
  readonly guardPremium?: boolean;
  /** Clock for timestamps; default the real one. */
  readonly now?: () => Date;
}

export interface SiteResponse { readonly status: number; readonly body: unknown; readonly headers: Readonly<Record<string, string>> }

export interface Site {
  /** e.g. http://127.0.0.1:53211 — product paths are appended as-is ('/rest/api/3/...', '/wiki/api/v2/...'). */
  readonly url: string;
  /** Mutable per-site settings (appIsProjectAdmin, guardPremium). */
  readonly settings: SiteSettings;
  readonly faults: Faults;
  /** In-process listener for product events; returns an unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  /** Resolves when every event caused so far has been handed to the listeners. */
  eventsIdle(): Promise<void>;
  /** An in-process request through the same routes (no HTTP, no fault injection); `accountId` defaults to the local user. */
  call(method: string, path: string, options?: { body?: unknown; accountId?: string }): Promise<SiteResponse>;
  addProject(project: ProjectOptions): string;
  addSpace(space: { key: string; name: string }): string;
  /** The space id for a key (pages are created with a spaceId). */
  spaceId(key: string): string | undefined;
  /** Calls, writes, 429s served and writes per item, for the app's calls and for all calls. */
  counters(): { app: ApiCounters; all: ApiCounters };
  snapshot(): SiteSnapshot;
  close(): Promise<void>;
}

const DEFAULT_LEVELS = [
  { name: 'Staff only', description: 'Visible to the support team only' },
  { name: 'PHI restricted', description: 'Visible to the privacy office only' },
];

async function readJson(req: IncomingMessage): Promise<{ body: unknown } | { error: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { body: undefined };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { error: 'The request body is not valid JSON.' };
  }
}

export async function createSite(options: SiteOptions = {}): Promise<Site> {
  const state = new SiteState(
    { appIsProjectAdmin: options.appIsProjectAdmin ?? true, guardPremium: options.guardPremium ?? false },
    options.now ?? (() => new Date()),
  );
  for (const u of options.users ?? []) state.accounts.set(u.accountId, { ...u, accountType: 'atlassian' });
  const bus = new EventBus();
  const faults = new Faults();
  let url = '';
  const router = new Router(routes, state, faults, () => url);

  const addProject = (p: ProjectOptions): string => {
    const id = state.nextId('project', 10000);
    const levels = (p.securityLevels ?? DEFAULT_LEVELS).map((l) => ({ ...l, id: state.nextId('security-level', 10100) }));
    state.projects.push({ id, key: p.key, name: p.name, serviceDesk: p.serviceDesk ?? false, securityLevels: levels, nextIssueNumber: 1 });
    return id;
  };
  const addSpace = (s: { key: string; name: string }): string => {
    const id = state.nextId('space', 65001);
    state.spaces.push({ id, key: s.key, name: s.name });
    return id;
  };
  options.projects?.forEach(addProject);
  options.spaces?.forEach(addSpace);

  const dispatch = async (incoming: Incoming): Promise<Reply> => {
    const { reply, events } = await router.handle(incoming);
    bus.fire(events);
    return reply;
  };

  const server = createServer((req, res) => {
    void (async () => {
      const caller = req.headers[ACCOUNT_HEADER];
      const path = req.url ?? '/';
      const parsed = await readJson(req);
      const { reply, events } = 'error' in parsed
        ? { reply: productError(productOf(path), 400, parsed.error), events: [] }
        : await router.handle({
          method: req.method ?? 'GET', url: path, body: parsed.body,
          caller: typeof caller === 'string' && caller !== '' ? caller : DEFAULT_USER_ID, injectFaults: true,
        });
      const headers: Record<string, string> = { ...reply.headers };
      if (reply.body !== undefined) headers['content-type'] = 'application/json;charset=UTF-8';
      res.writeHead(reply.status, headers);
      res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
      bus.fire(events);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify({ errorMessages: [`local site error: ${String(error)}`], errors: {} }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    settings: state.settings,
    faults,
    onEvent: (listener) => bus.on(listener),
    eventsIdle: () => bus.idle(),
    async call(method, path, callOptions = {}) {
      // JSON round trips both ways, as over HTTP: the site never holds the caller's objects (a later
      // edit inside the site, such as a Guard redaction, must not reach back into the caller's data)
      // and the caller never holds live state.
      const requestBody: unknown = callOptions.body === undefined ? undefined : JSON.parse(JSON.stringify(callOptions.body));
      const reply = await dispatch({
        method, url: path, body: requestBody, caller: callOptions.accountId ?? DEFAULT_USER_ID, injectFaults: false,
      });
      const body: unknown = reply.body === undefined ? undefined : JSON.parse(JSON.stringify(reply.body));
      return { status: reply.status, body, headers: { ...reply.headers } };
    },
    addProject,
    addSpace,
    spaceId: (key) => state.space(key)?.id,
    counters: () => structuredClone(router.counters),
    snapshot: () => snapshot(state, router.counters.app),
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
