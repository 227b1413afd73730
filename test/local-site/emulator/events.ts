/**
 * Forge product events, in the payload shapes of the Forge events reference
 * (https://developer.atlassian.com/platform/forge/events-reference/jira and .../confluence; see
 * ../shared/research/forge-platform.md §2). Like the real ones they carry no issue description and no page
 * body: handlers fetch content through REST. The bus delivers in-process to the harness's listeners,
 * always after the HTTP response that caused the event has been sent.
 */
import type { ChangeItem, JiraComment, JiraIssue, SiteState, WikiComment, WikiContent } from './state';
import { current, jiraTime } from './state';

export interface JiraIssueEvent {
  readonly eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue';
  readonly atlassianId: string;
  readonly issue: { id: string; key: string; fields: Record<string, unknown> };
  readonly changelog?: { id: string; items: readonly ChangeItem[] };
  readonly associatedUsers: ReadonlyArray<{ accountId: string }>;
}

export interface JiraCommentEvent {
  readonly eventType: 'avi:jira:commented:issue';
  readonly atlassianId: string;
  readonly issue: { id: string; key: string; fields: Record<string, unknown> };
  readonly comment: Record<string, unknown>;
  readonly associatedUsers: ReadonlyArray<{ accountId: string }>;
}

export interface ConfluenceEvent {
  readonly eventType: `avi:confluence:${'created' | 'updated'}:${'page' | 'blogpost' | 'comment'}`;
  readonly atlassianId: string;
  readonly content: Record<string, unknown>;
}

export type ProductEvent = JiraIssueEvent | JiraCommentEvent | ConfluenceEvent;
export type EventListener = (event: ProductEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();
  private pending = 0;
  private waiters: Array<() => void> = [];

  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** Fires on a later turn of the event loop, so the caller has its response before any handler runs. */
  fire(events: readonly ProductEvent[]): void {
    if (events.length === 0) return;
    this.pending += 1;
    setImmediate(() => {
      for (const event of events) {
        for (const listener of this.listeners) listener(event);
      }
      this.pending -= 1;
      if (this.pending === 0) for (const resolve of this.waiters.splice(0)) resolve();
    });
  }

  /** Resolves once every queued event has been handed to the listeners. */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

const user = (state: SiteState, accountId: string) => {
  const a = state.account(accountId);
  return { accountId: a.accountId, displayName: a.displayName, accountType: a.accountType };
};

/** The issue summary object of Jira events: summary and identity fields, never the description. */
function issuePayload(state: SiteState, issue: JiraIssue) {
  const project = state.issueProject(issue);
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: issue.fields.summary,
      issuetype: { id: '10001', name: project.serviceDesk ? 'Service Request' : 'Task' },
      project: { id: project.id, key: project.key, name: project.name },
      creator: user(state, issue.creatorId),
      reporter: user(state, issue.creatorId),
      created: jiraTime(issue.created),
      updated: jiraTime(issue.updated),
      status: { id: '1', name: 'Open' },
    },
  };
}

export function issueEvent(
  state: SiteState, kind: 'created' | 'updated', issue: JiraIssue, by: string,
  changelog?: { id: string; items: readonly ChangeItem[] },
): JiraIssueEvent {
  return {
    eventType: `avi:jira:${kind}:issue`,
    atlassianId: by,
    issue: issuePayload(state, issue),
    ...(changelog ? { changelog } : {}),
    associatedUsers: [{ accountId: issue.creatorId }],
  };
}

/** Sent on comment create AND edit (Forge has no separate edited-comment event). */
export function commentEvent(state: SiteState, issue: JiraIssue, comment: JiraComment, by: string): JiraCommentEvent {
  return {
    eventType: 'avi:jira:commented:issue',
    atlassianId: by,
    issue: issuePayload(state, issue),
    comment: {
      id: comment.id,
      author: user(state, comment.authorId),
      body: comment.body,
      updateAuthor: user(state, comment.updateAuthorId),
      created: jiraTime(comment.created),
      updated: jiraTime(comment.updated),
      jsdPublic: state.jsdPublic(issue, comment),
      ...(comment.visibility ? { visibility: comment.visibility } : {}),
    },
    associatedUsers: [{ accountId: comment.authorId }],
  };
}

function spacePayload(state: SiteState, spaceId: string) {
  const space = state.spaces.find((s) => s.id === spaceId);
  return { id: spaceId, key: space?.key ?? '', name: space?.name ?? '', type: 'global' };
}

/** Page/blog post events: identity, title, space and history, no body and no version number. */
export function contentEvent(state: SiteState, kind: 'created' | 'updated', content: WikiContent, by: string): ConfluenceEvent {
  const latest = current(content.versions);
  return {
    eventType: `avi:confluence:${kind}:${content.type}`,
    atlassianId: by,
    content: {
      id: content.id,
      type: content.type,
      status: 'current',
      title: latest.title,
      space: spacePayload(state, content.spaceId),
      history: { latest: true, createdBy: user(state, content.authorId), createdDate: content.createdAt.toISOString() },
    },
  };
}

/**
 * Comment events (shape unverified, see forge-platform.md §2): the comment's identity and its container.
 * `extensions.location` says footer or inline, as v1 content does, so handlers know which v2 path to read.
 */
export function wikiCommentEvent(state: SiteState, kind: 'created' | 'updated', comment: WikiComment, by: string): ConfluenceEvent {
  const container = state.content(comment.containerId);
  const first = comment.versions[0];
  return {
    eventType: `avi:confluence:${kind}:comment`,
    atlassianId: by,
    content: {
      id: comment.id,
      type: 'comment',
      status: 'current',
      title: `Re: ${container ? current(container.versions).title : ''}`,
      space: spacePayload(state, container?.spaceId ?? ''),
      container: { id: comment.containerId, type: container?.type ?? 'page' },
      extensions: { location: comment.kind },
      history: { latest: true, createdBy: user(state, first?.authorId ?? ''), createdDate: (first?.createdAt ?? state.now()).toISOString() },
    },
  };
}
