/** Runs one scan job with the use case it names: the single entry both triggers and the consumer use. */
import type { ScanJob } from '../adapters/events/scan-queue';
import type { GuardContext, GuardOutcome } from './context';
import { guardConfluenceComment, guardConfluenceContent } from './guard-confluence';
import { guardJiraComment, guardJiraIssue } from './guard-jira';

export async function runJob(ctx: GuardContext, job: ScanJob): Promise<GuardOutcome> {
  switch (job.target) {
    case 'jira-issue': return guardJiraIssue(ctx, job.issueId, job.changedFields);
    case 'jira-comment': return guardJiraComment(ctx, job.issueId, job.commentId);
    case 'confluence-content': return guardConfluenceContent(ctx, job.kind, job.id, job.spaceKey);
    case 'confluence-comment': return guardConfluenceComment(ctx, job.kind, job.id, job.container, job.spaceKey);
  }
}
