/**
 * Work handed from a trigger (25 s budget) to the scan consumer (up to 900 s): large content, a
 * trigger running out of time, or an event still rate-limited after its retries.
 */
import { Queue } from '@forge/events';
import { z } from 'zod';

export const SCAN_QUEUE = 'phi-guard-scan';

export const ScanJobSchema = z.discriminatedUnion('target', [
  z.object({ target: z.literal('jira-issue'), issueId: z.string(), changedFields: z.array(z.string()).optional() }),
  z.object({ target: z.literal('jira-comment'), issueId: z.string(), commentId: z.string() }),
  z.object({ target: z.literal('confluence-content'), kind: z.enum(['page', 'blogpost']), id: z.string(), spaceKey: z.string() }),
  z.object({
    target: z.literal('confluence-comment'), kind: z.enum(['footer', 'inline']), id: z.string(), spaceKey: z.string(),
    container: z.object({ kind: z.enum(['page', 'blogpost']), id: z.string() }).optional(),
  }),
]);
export type ScanJob = z.infer<typeof ScanJobSchema>;

/** Times a job may be handed on again after its retries ran out, before it is given up (and logged). */
export const MAX_HANDOFFS = 8;

export async function enqueueScan(job: ScanJob, options: { delaySeconds?: number; handoffs?: number } = {}): Promise<void> {
  await new Queue({ key: SCAN_QUEUE }).push({
    body: { job, handoffs: options.handoffs ?? 0 },
    ...(options.delaySeconds ? { delayInSeconds: Math.min(900, options.delaySeconds) } : {}),
  });
}
