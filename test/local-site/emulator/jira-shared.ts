/** Pieces every Jira route module uses: user objects, issue lookup, the notifyUsers rule, ADF to text. */
import type { Call, Reply } from './http';
import { jiraError } from './http';
import { plainText } from '../../../src/core/adf/project';
import type { AdfNode } from '../../../src/core/adf/types';
import type { JiraIssue, NotificationRecord, SiteState } from './state';
import { APP_ACCOUNT_ID } from './state';

/** A Jira `UserDetails` (the spec's strict schema: only the fields it lists). */
export function jiraUser(state: SiteState, base: string, accountId: string) {
  const a = state.account(accountId);
  return {
    self: `${base}/rest/api/3/user?accountId=${encodeURIComponent(a.accountId)}`,
    accountId: a.accountId,
    accountType: a.accountType,
    displayName: a.displayName,
    active: true,
    timeZone: 'UTC',
  };
}

/** The issue named in the path, or Jira's 404 (which also covers issues the caller may not see). */
export function findIssue(call: Call): { issue: JiraIssue } | { reply: Reply } {
  const issue = call.state.issue(call.params.issueIdOrKey ?? '');
  return issue ? { issue } : { reply: jiraError(404, ['Issue does not exist or you do not have permission to see it.']) };
}

/**
 * Whether `notifyUsers=false` takes effect: Jira honours it only for callers with Administer Jira or
 * Administer Projects, and otherwise ignores it silently (Edit issue docs, REST v3).
 */
export function notificationsSuppressed(call: Call): boolean {
  if (call.query.get('notifyUsers') !== 'false') return false;
  return call.caller !== APP_ACCOUNT_ID || call.state.settings.appIsProjectAdmin;
}

/**
 * Records the watcher notification Jira would send: which fields changed, never their text. Add comment
 * has no notifyUsers parameter, so its notification cannot be suppressed.
 */
export function recordNotification(call: Call, item: string, event: NotificationRecord['event'], fields: readonly string[]): void {
  if (event !== 'issue_commented' && notificationsSuppressed(call)) return;
  call.state.notifications.push({ item, event, fields: [...fields], by: call.caller, at: call.state.now().toISOString() });
}

/** Rich-text field values as the changelog stores them: plain text. */
export const adfText = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'type' in value ? plainText(value as AdfNode) : typeof value === 'string' ? value : '';
