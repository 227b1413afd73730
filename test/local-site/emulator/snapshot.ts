/**
 * The site's state in the report shape of ../shared/spec/demo-seed.md (`--json`): Jira issues with their
 * fields, properties, comments and history; Confluence pages and blog posts with body, version, labels,
 * properties, the historical versions that remain, and comments. Plain JSON, detached from the live state.
 */
import type { AdfNode } from '../../../src/core/adf/types';
import type { ApiCounters } from './router';
import type { ChangeItem, NotificationRecord, SiteState } from './state';
import { current, jiraTime } from './state';

export interface SiteSnapshot {
  readonly jira: {
    readonly issues: ReadonlyArray<{
      key: string; id: string; fields: Record<string, unknown>; properties: Record<string, unknown>;
      comments: ReadonlyArray<{ id: string; body: AdfNode; public: boolean; visibility?: unknown }>;
      history: ReadonlyArray<{ id: string; author: string; created: string; items: readonly ChangeItem[] }>;
    }>;
  };
  readonly confluence: {
    readonly pages: ReadonlyArray<{
      id: string; type: 'page' | 'blogpost'; space: string; title: string; body: AdfNode; version: number;
      labels: readonly string[]; properties: Record<string, unknown>;
      versions: ReadonlyArray<{ number: number; title: string; body: AdfNode; authorId: string; createdAt: string; message: string }>;
      comments: ReadonlyArray<{ id: string; location: 'footer' | 'inline'; body: AdfNode; version: number }>;
    }>;
  };
  /** The app's own API use (calls made as APP_ACCOUNT_ID). */
  readonly api: ApiCounters;
  readonly notifications: readonly NotificationRecord[];
}

export function snapshot(state: SiteState, appCounters: ApiCounters): SiteSnapshot {
  const result: SiteSnapshot = {
    jira: {
      issues: state.issues.map((issue) => ({
        key: issue.key,
        id: issue.id,
        fields: issue.fields,
        properties: Object.fromEntries(issue.properties),
        comments: issue.comments.map((c) => ({
          id: c.id, body: c.body, public: state.jsdPublic(issue, c), ...(c.visibility ? { visibility: c.visibility } : {}),
        })),
        history: issue.history.map((h) => ({ id: h.id, author: h.authorId, created: jiraTime(h.created), items: h.items })),
      })),
    },
    confluence: {
      pages: state.contents.map((content) => {
        const latest = current(content.versions);
        return {
          id: content.id,
          type: content.type,
          space: state.spaces.find((s) => s.id === content.spaceId)?.key ?? '',
          title: latest.title,
          body: latest.body,
          version: latest.number,
          labels: content.labels.map((l) => l.name),
          properties: Object.fromEntries(content.properties.map((p) => [p.key, p.value])),
          versions: content.versions.slice(0, -1).map((v) => ({
            number: v.number, title: v.title, body: v.body, authorId: v.authorId, createdAt: v.createdAt.toISOString(), message: v.message,
          })),
          comments: state.wikiComments.filter((c) => c.containerId === content.id).map((c) => {
            const v = current(c.versions);
            return { id: c.id, location: c.kind, body: v.body, version: v.number };
          }),
        };
      }),
    },
    api: appCounters,
    notifications: state.notifications,
  };
  return structuredClone(result);
}
