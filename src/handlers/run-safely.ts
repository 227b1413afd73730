/**
 * How every trigger and the consumer finish: a job that fails is never lost. Rate limits and upstream
 * errors return an InvocationError so Forge redelivers the event; when Forge's retries are used up, the
 * job goes to the scan queue with a delay instead. Logs name the error class only, never content.
 */
import type { InvocationError } from '@forge/events';
import { toInvocationResult, RateLimitedError } from '../adapters/errors';
import { enqueueScan, MAX_HANDOFFS, type ScanJob } from '../adapters/events/scan-queue';
import { loadGuardContext } from '../app/context';
import { runJob } from '../app/run-job';

/** Forge retries a returned InvocationError at most four times. */
const FORGE_RETRIES = 4;

export async function runSafely(job: ScanJob, retryCount: number, handoffs = 0): Promise<InvocationError | undefined> {
  try {
    await runJob(await loadGuardContext(), job);
    return undefined;
  } catch (error) {
    const retry = toInvocationResult(error);
    if (!retry) return undefined;
    if (retryCount + 1 < FORGE_RETRIES) return retry;
    if (handoffs >= MAX_HANDOFFS) {
      console.error(`phi-guard: giving up on a ${job.target} job after ${handoffs} hand-offs (${(error as Error).name})`);
      return undefined;
    }
    const delaySeconds = error instanceof RateLimitedError ? error.retryAfterSeconds : 60;
    await enqueueScan(job, { delaySeconds, handoffs: handoffs + 1 });
    return undefined;
  }
}
