/** Every storage key and entity name the app uses, in one place (style §2.13). */
export const KEYS = {
  /** The site's policy: `{ revision, policy }`. */
  policy: 'policy:current',
  /** One admin-page policy change per revision: who, when, the diff, the policies before and after. */
  policyHistory: (revision: number): string => `policy:history:${String(revision).padStart(8, '0')}`,
  policyHistoryPrefix: 'policy:history:',
  /** The per-installation HMAC secret, in KVS secret storage. */
  secret: 'phi-guard:secret',
  /** The app's own Confluence account id (its writes fire events too; skipped by the loop guard). */
  confluenceAppAccount: 'self:confluence-account',
  /** Whether the app administers a Jira project (cached: it decides if notifyUsers=false is honoured). */
  projectAdmin: (projectKey: string): string => `perm:project-admin:${projectKey}`,
} as const;

export const ENTITIES = {
  record: 'redaction',
  chainHead: 'redaction-head',
} as const;

/** The one chain head row. */
export const CHAIN_HEAD_KEY = 'head';
