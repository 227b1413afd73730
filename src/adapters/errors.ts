/**
 * Errors typed at the adapter boundary (style §2.12) and mapped once: to an InvocationError for
 * triggers and consumers, so Forge redelivers the event later instead of losing it.
 */
import { InvocationError, InvocationErrorCode } from '@forge/events';

/** 429 from a product API; `retryAfterSeconds` from its Retry-After header. */
export class RateLimitedError extends Error {
  constructor(readonly operation: string, readonly retryAfterSeconds: number) {
    super(`${operation}: rate limited, retry after ${retryAfterSeconds}s`);
    this.name = 'RateLimitedError';
  }
}

/** A 5xx that outlasted our retries, or an answer we cannot read. */
export class UpstreamError extends Error {
  constructor(readonly operation: string, readonly status: number) {
    super(`${operation}: HTTP ${status}`);
    this.name = 'UpstreamError';
  }
}

/** 409 on a Confluence update: someone saved a newer version between our read and our write. */
export class VersionConflictError extends Error {
  constructor(readonly operation: string) {
    super(`${operation}: version conflict`);
    this.name = 'VersionConflictError';
  }
}

/** 404: the item was deleted (or is not visible to the app) before we got to it. */
export class NotFoundError extends Error {
  constructor(readonly operation: string) {
    super(`${operation}: not found`);
    this.name = 'NotFoundError';
  }
}

/** The trigger's time budget is nearly spent: the rest goes to the queue consumer. */
export class BudgetExhaustedError extends Error {
  constructor() {
    super('time budget nearly spent');
    this.name = 'BudgetExhaustedError';
  }
}

/** Maps a failure to what a trigger or consumer returns; undefined means "done, nothing to retry". */
export function toInvocationResult(error: unknown): InvocationError | undefined {
  if (error instanceof NotFoundError) return undefined;
  if (error instanceof RateLimitedError) {
    return new InvocationError({ retryAfter: Math.max(1, error.retryAfterSeconds), retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
  }
  return new InvocationError({ retryAfter: 30, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST });
}
