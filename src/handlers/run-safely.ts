/**
 * How every trigger and the consumer finish: a job that fails is never lost. Rate limits and upstream
 * errors return an InvocationError so Forge redelivers the event; when Forge's retries are used up, the
 * job goes to the scan queue with a delay instead. Logs name the error class only, never content.
 */
import type { InvocationError } from '@forge/events';
import { invocationBudget } from '../adapters/budget';
import { BudgetExhaustedError, RateLimitedError, toInvocationResult } from '../adapters/errors';
import { enqueueScan, MAX_HANDOFFS, type ScanJob } from '../adapters/events/scan-queue';
import { loadGuardContext } from '../app/context';
import { runJob } from '../app/run-job';

/** Forge retries a returned InvocationError at most four times. */
const FORGE_RETRIES = 4;

export async function runSafely(job: ScanJob, retryCount: number, handoffs = 0): Promise<InvocationError | undefined> {
  try {
    await runJob(await loadGuardContext(invocationBudget), job);
    return undefined;
  } catch (error) {
    if (!(error instanceof BudgetExhaustedError)) {
      const retry = toInvocationResult(error);
      if (!retry) return undefined; // the item is gone: nothing left to protect
      if (retryCount + 1 < FORGE_RETRIES) return retry; // Forge redelivers the event
    }
    await handOff(job, error, handoffs);
    return undefined;
  }
}

/** Out of time: straight on to the consumer. Still rate-limited or failing: to the consumer after a pause. */
async function handOff(job: ScanJob, error: unknown, handoffs: number): Promise<void> {
  if (handoffs >= MAX_HANDOFFS) {
    console.error(`phi-guard: giving up on a ${job.target} job after ${handoffs} hand-offs (${(error as Error).name})`);
    return;
  }
  const delaySeconds = error instanceof BudgetExhaustedError ? 0 : error instanceof RateLimitedError ? error.retryAfterSeconds : 60;
  await enqueueScan(job, { delaySeconds, handoffs: handoffs + 1 });
}
