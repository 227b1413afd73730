/**
 * POST /rest/api/3/issue/{issueIdOrKey}/notify: Jira queues an e-mail about an issue to named users
 * (204). The site keeps who was told and the subject line, as the other notification records do.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-notify-post
 */
import { z } from 'zod';
import type { Call, Reply } from './http';
import { jiraError, noContent, parseBody } from './http';
import type { Route } from './router';
import { items } from './state';
import { findIssue } from './jira-shared';

const NotifyBody = z.looseObject({
  subject: z.string().optional(),
  textBody: z.string().optional(),
  htmlBody: z.string().optional(),
  to: z.looseObject({ users: z.array(z.looseObject({ accountId: z.string() })).optional() }).optional(),
});

function notify(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const { issue } = found;
  const parsed = parseBody(call, NotifyBody);
  if ('reply' in parsed) return parsed.reply;
  const users = parsed.value.to?.users?.map((u) => u.accountId) ?? [];
  if (users.length === 0) return jiraError(400, ['No recipients were defined for notification.']);
  call.state.notifications.push({
    item: items.issue(issue.key), event: 'notify', fields: [], by: call.caller, at: call.state.now().toISOString(),
    to: users, subject: parsed.value.subject ?? issue.key,
  });
  return noContent();
}

export const jiraNotifyRoutes: readonly Route[] = [
  { method: 'POST', pattern: '/rest/api/3/issue/{issueIdOrKey}/notify', handler: notify, item: (p) => (p.issueIdOrKey ? items.issue(p.issueIdOrKey) : undefined) },
];
