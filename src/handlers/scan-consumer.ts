/** The scan queue's consumer (manifest: consumer `scan-consumer`, 900 s): the same use cases, more time. */
import { z } from 'zod';
import { ScanJobSchema } from '../adapters/events/scan-queue';
import { runSafely } from './run-safely';

const QueueEventSchema = z.looseObject({
  body: z.object({ job: ScanJobSchema, handoffs: z.number().int().nonnegative() }),
  retryContext: z.looseObject({ retryCount: z.number() }).optional(),
});

export async function onScanJob(event: unknown): Promise<unknown> {
  const parsed = QueueEventSchema.safeParse(event);
  if (!parsed.success) {
    console.error('phi-guard: dropped a scan job of an unexpected shape');
    return undefined;
  }
  return runSafely(parsed.data.body.job, parsed.data.retryContext?.retryCount ?? 0, parsed.data.body.handoffs);
}
