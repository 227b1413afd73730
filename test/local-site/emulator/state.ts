/**
 * The local site's in-memory state: Jira projects, issues (with their comments, entity properties and
 * changelog) and Confluence spaces, pages/blog posts (every version kept as a full snapshot), comments,
 * labels and content properties. Route modules read and change it; nothing here speaks HTTP.
 */
import type { AdfNode } from '../../../src/core/adf/types';

/** The header the Forge harness sets on every product call: who is calling (app or user). */
export const ACCOUNT_HEADER = 'x-local-site-account';
/** The app's own account, used for asApp() calls and as `atlassianId` of the events its writes cause. */
export const APP_ACCOUNT_ID = '557058:phi-guard-app';
/** Requests without the header come from this simulated (admin) user. */
export const DEFAULT_USER_ID = '000000:local-user';

export interface Account {
  readonly accountId: string;
  readonly displayName: string;
  readonly accountType: 'atlassian' | 'app';
  /** A site administrator (Administer Jira, Confluence admin); user accounts default to true. */
  readonly siteAdmin?: boolean;
}

export interface SecurityLevelDef { readonly id: string; readonly name: string; readonly description: string }

export interface JiraProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  /** A Jira Service Management project: comments are public or internal (the sd.public.comment property). */
  readonly serviceDesk: boolean;
  readonly securityLevels: readonly SecurityLevelDef[];
  nextIssueNumber: number;
}

export interface ChangeItem {
  readonly field: string;
  readonly fieldId: string;
  readonly fieldtype: 'jira' | 'custom';
  readonly from?: string;
  fromString?: string;
  readonly to?: string;
  toString?: string;
}

export interface ChangelogEntry {
  readonly id: string;
  readonly authorId: string;
  readonly created: Date;
  readonly items: ChangeItem[];
}

export interface JiraComment {
  readonly id: string;
  readonly issueId: string;
  body: AdfNode;
  readonly authorId: string;
  updateAuthorId: string;
  readonly created: Date;
  updated: Date;
  visibility?: { type: 'group' | 'role'; value?: string; identifier?: string | null };
  readonly properties: Map<string, unknown>;
}

export interface JiraIssue {
  readonly id: string;
  key: string;
  readonly projectId: string;
  /** Editable fields: summary, description, environment, labels, security, customfield_NNNNN. */
  readonly fields: Record<string, unknown>;
  readonly creatorId: string;
  readonly created: Date;
  updated: Date;
  readonly properties: Map<string, unknown>;
  readonly comments: JiraComment[];
  readonly history: ChangelogEntry[];
}

/** A notification Jira would have sent (watchers' e-mail). Field names only: never the text. */
export interface NotificationRecord {
  readonly item: string;
  readonly event: 'issue_updated' | 'issue_commented' | 'comment_edited' | 'notify';
  readonly fields: readonly string[];
  readonly by: string;
  readonly at: string;
  /** For `notify`: the accounts e-mailed and the subject line. */
  readonly to?: readonly string[];
  readonly subject?: string;
}

export interface RedactionJob {
  readonly id: string;
  readonly results: Array<{ externalId: string; successful: boolean }>;
  /** Status polls that still answer IN_PROGRESS, so callers exercise their polling loop. */
  pollsBeforeDone: number;
}

export interface Space { readonly id: string; readonly key: string; readonly name: string }

export interface WikiVersion {
  number: number;
  readonly title: string;
  readonly body: AdfNode;
  readonly authorId: string;
  readonly createdAt: Date;
  readonly message: string;
  readonly minorEdit: boolean;
}

export interface WikiProperty {
  readonly id: string;
  readonly key: string;
  value: unknown;
  version: { number: number; createdAt: Date; message: string; authorId: string };
}

export interface WikiContent {
  readonly id: string;
  readonly type: 'page' | 'blogpost';
  readonly spaceId: string;
  readonly authorId: string;
  readonly createdAt: Date;
  /** Oldest first; the last one is the current version. Deleting one renumbers the later ones. */
  readonly versions: WikiVersion[];
  readonly labels: Array<{ id: string; name: string; prefix: string }>;
  readonly properties: WikiProperty[];
}

export interface WikiComment {
  readonly id: string;
  readonly kind: 'footer' | 'inline';
  readonly containerId: string;
  readonly parentCommentId?: string;
  readonly versions: WikiVersion[];
  resolutionStatus?: 'open' | 'resolved';
  readonly inlineOriginalSelection?: string;
  readonly properties: WikiProperty[];
}

export interface SiteSettings {
  /** Whether the app's account has Administer Projects: without it Jira ignores notifyUsers=false. */
  appIsProjectAdmin: boolean;
  /** Atlassian Guard Premium: without it the Jira redaction API answers 403. */
  guardPremium: boolean;
}

export class SiteState {
  readonly settings: SiteSettings;
  readonly accounts = new Map<string, Account>();
  readonly projects: JiraProject[] = [];
  readonly issues: JiraIssue[] = [];
  readonly notifications: NotificationRecord[] = [];
  readonly redactionJobs = new Map<string, RedactionJob>();
  readonly spaces: Space[] = [];
  readonly contents: WikiContent[] = [];
  readonly wikiComments: WikiComment[] = [];
  private readonly counters = new Map<string, number>();

  constructor(settings: SiteSettings, readonly now: () => Date) {
    this.settings = settings;
    this.accounts.set(APP_ACCOUNT_ID, { accountId: APP_ACCOUNT_ID, displayName: 'PHI Guard', accountType: 'app' });
    this.accounts.set(DEFAULT_USER_ID, { accountId: DEFAULT_USER_ID, displayName: 'Local User', accountType: 'atlassian' });
  }

  /** Sequential numeric ids per kind, like Jira's and Confluence's. */
  nextId(kind: string, start: number): string {
    const next = this.counters.get(kind) ?? start;
    this.counters.set(kind, next + 1);
    return String(next);
  }

  account(accountId: string): Account {
    return this.accounts.get(accountId) ?? { accountId, displayName: accountId, accountType: 'atlassian' };
  }

  project(keyOrId: string): JiraProject | undefined {
    return this.projects.find((p) => p.key === keyOrId || p.id === keyOrId);
  }

  issue(idOrKey: string): JiraIssue | undefined {
    return this.issues.find((i) => i.id === idOrKey || i.key === idOrKey);
  }

  issueProject(issue: JiraIssue): JiraProject {
    const project = this.projects.find((p) => p.id === issue.projectId);
    if (!project) throw new Error(`issue ${issue.key} has no project`);
    return project;
  }

  comment(commentId: string): { issue: JiraIssue; comment: JiraComment } | undefined {
    for (const issue of this.issues) {
      const comment = issue.comments.find((c) => c.id === commentId);
      if (comment) return { issue, comment };
    }
    return undefined;
  }

  /** Service-desk comments are internal when their sd.public.comment property says so; others are public. */
  jsdPublic(issue: JiraIssue, comment: JiraComment): boolean {
    if (!this.issueProject(issue).serviceDesk) return true;
    const flag = comment.properties.get('sd.public.comment');
    return !(typeof flag === 'object' && flag !== null && (flag as { internal?: unknown }).internal === true);
  }

  space(idOrKey: string): Space | undefined {
    return this.spaces.find((s) => s.id === idOrKey || s.key === idOrKey);
  }

  content(id: string, type?: WikiContent['type']): WikiContent | undefined {
    return this.contents.find((c) => c.id === id && (type === undefined || c.type === type));
  }

  wikiComment(id: string, kind?: WikiComment['kind']): WikiComment | undefined {
    return this.wikiComments.find((c) => c.id === id && (kind === undefined || c.kind === kind));
  }
}

export const current = <T>(versions: readonly T[]): T => {
  const last = versions.at(-1);
  if (last === undefined) throw new Error('content without a version');
  return last;
};

/** Item names for per-item write counts and the read-then-write race hook. */
export const items = {
  issue: (key: string) => `jira:${key}`,
  issueComment: (id: string) => `jira-comment:${id}`,
  content: (id: string) => `confluence:${id}`,
  wikiComment: (id: string) => `confluence-comment:${id}`,
} as const;

/** Jira's timestamp format: 2026-12-03T13:36:06.000+0000. */
export const jiraTime = (d: Date): string => d.toISOString().replace('Z', '+0000');
