/**
 * Jira product events (manifest: trigger `jira-events`, ignoreSelf: the app's own edits never arrive).
 * Events carry no bodies: the use case fetches. On an update, the changelog says which fields changed,
 * so only those are scanned.
 */
import { z } from 'zod';
import type { ScanJob } from '../adapters/events/scan-queue';
import { runSafely } from './run-safely';

const JiraEventSchema = z.looseObject({
  eventType: z.string(),
  issue: z.looseObject({ id: z.string() }),
  changelog: z.looseObject({
    items: z.array(z.looseObject({ field: z.string().optional(), fieldId: z.string().optional() })),
  }).optional(),
  comment: z.looseObject({ id: z.string() }).optional(),
  retryContext: z.looseObject({ retryCount: z.number() }).optional(),
});

function jobFor(event: z.infer<typeof JiraEventSchema>): ScanJob | undefined {
  if (event.eventType === 'avi:jira:commented:issue') {
    return event.comment ? { target: 'jira-comment', issueId: event.issue.id, commentId: event.comment.id } : undefined;
  }
  if (event.eventType === 'avi:jira:updated:issue' && event.changelog) {
    const changedFields = event.changelog.items.map((i) => i.fieldId ?? i.field ?? '').filter((f) => f !== '');
    return { target: 'jira-issue', issueId: event.issue.id, changedFields };
  }
  return { target: 'jira-issue', issueId: event.issue.id };
}

export async function onJiraEvent(event: unknown): Promise<unknown> {
  const parsed = JiraEventSchema.safeParse(event);
  if (!parsed.success) {
    console.error('phi-guard: ignored a Jira event of an unexpected shape');
    return undefined;
  }
  const job = jobFor(parsed.data);
  return job ? runSafely(job, parsed.data.retryContext?.retryCount ?? 0) : undefined;
}
