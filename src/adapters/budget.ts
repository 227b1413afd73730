/**
 * The invocation's time budget (25 s for a trigger, up to 900 s for the consumer). Work checks it
 * before each expensive step; when too little is left the job is handed to the scan queue instead of
 * being cut off half-done by the platform.
 */
import { getAppContext } from '@forge/api';
import { BudgetExhaustedError } from './errors';

/** Enough for one more read-scan-write round trip under load. */
export const RESERVE_MS = 10_000;

export interface Budget {
  /** Throws BudgetExhaustedError when less than the reserve is left. */
  check(): void;
}

export const invocationBudget: Budget = {
  check() {
    let remaining = Number.POSITIVE_INFINITY;
    try {
      remaining = getAppContext().invocationRemainingTimeInMillis();
    } catch {
      // Outside an invocation (CLI, unit tests) there is no platform deadline.
    }
    if (remaining < RESERVE_MS) throw new BudgetExhaustedError();
  },
};

export const unlimitedBudget: Budget = { check: () => undefined };
