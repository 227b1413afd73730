/**
 * Runs handlers the way the Forge platform does for triggers and queue consumers: load the function named in
 * manifest.yml, call it inside an invocation context, and retry it when it asks to be retried.
 *
 * Retry protocol (@forge/events 3.0.8): a handler returns `new InvocationError({retryAfter, retryReason,
 * retryData})`, whose constructor returns its toJSON(), i.e. a plain `{_retry: true, retryOptions}`. The event
 * is redelivered after retryAfter seconds (at least 1) with `retryContext {retryCount, retryReason,
 * retryData}`, at most 4 times. A handler that throws is retried the same way with reason
 * FUNCTION_PLATFORM_UNKNOWN_ERROR (our assumption: the docs say the platform retries its own failures).
 */
import { randomUUID } from 'node:crypto';
import type { VirtualClock } from './clock';
import { currentInvocation } from './invocation';
import { type AppManifest, type Handler, importHandler } from './manifest';

export const MAX_RETRIES = 4;

export interface RetryContext {
  readonly retryCount: number;
  readonly retryReason: string;
  readonly retryData?: unknown;
}

export interface Attempt {
  readonly functionKey: string;
  readonly moduleType: 'core:trigger' | 'core:consumer';
  readonly moduleKey: string;
  readonly installContext: string;
  readonly principal?: string;
  /** Calls the handler for one attempt; retryContext is set on redeliveries. */
  readonly call: (handler: Handler, retryContext?: RetryContext) => unknown;
}

export type Outcome =
  | { readonly retry: false }
  | { readonly retry: true; readonly retryAfterSeconds: number; readonly retryReason: string; readonly retryData?: unknown };

export interface RetryHooks {
  readonly onRetry: () => void;
  /** Called once: true when an attempt succeeded, false when retries ran out. */
  readonly onFinal: (succeeded: boolean) => void;
}

/** Default budgets (docs limits-invocation): 25 s for triggers and UI resolvers, 55 s for consumer functions unless timeoutSeconds says more. */
const TRIGGER_BUDGET_MS = 25_000;
const CONSUMER_DEFAULT_BUDGET_MS = 55_000;

export class Invoker {
  readonly #inFlight = new Set<Promise<unknown>>();
  readonly #handlers = new Map<string, Promise<Handler>>();
  /** Test override of the time budget, to drive handlers' "time is short" paths: every function's, or one function's. */
  budgetOverride: { readonly ms: number; readonly functionKey?: string } | undefined;
  /** Failures of the harness itself (a handler module that cannot be loaded); settle() reports them. */
  readonly harnessErrors: Error[] = [];

  constructor(private readonly manifest: AppManifest, private readonly clock: VirtualClock) {}

  /** Work currently running (settle() waits for it). */
  get busy(): boolean {
    return this.#inFlight.size > 0;
  }

  async whenIdle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  /** Keeps a promise in the in-flight set until it finishes, so settle() cannot return early. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.#inFlight.add(promise);
    void promise.finally(() => this.#inFlight.delete(promise)).catch(() => undefined);
    return promise;
  }

  /** Starts an attempt now and schedules redeliveries on the virtual clock until it succeeds or retries run out. */
  runWithRetries(attempt: Attempt, hooks: RetryHooks, retryContext?: RetryContext): void {
    void this.track(this.attempt(attempt, retryContext).then((outcome) => {
      if (!outcome.retry) return hooks.onFinal(true);
      const retryCount = (retryContext?.retryCount ?? 0) + 1;
      if (retryCount > MAX_RETRIES) return hooks.onFinal(false);
      hooks.onRetry();
      const next: RetryContext = { retryCount, retryReason: outcome.retryReason, retryData: outcome.retryData };
      this.clock.schedule(outcome.retryAfterSeconds * 1000, () => this.runWithRetries(attempt, hooks, next));
    }).catch((e: unknown) => {
      this.harnessErrors.push(e instanceof Error ? e : new Error(String(e)));
      hooks.onFinal(false);
    }));
  }

  #overriddenBudget(functionKey: string): number | undefined {
    const o = this.budgetOverride;
    return o && (o.functionKey === undefined || o.functionKey === functionKey) ? o.ms : undefined;
  }

  async attempt(attempt: Attempt, retryContext?: RetryContext): Promise<Outcome> {
    const handler = await this.#handler(attempt.functionKey);
    const invocation = {
      invocationId: randomUUID(),
      functionKey: attempt.functionKey,
      moduleType: attempt.moduleType,
      moduleKey: attempt.moduleKey,
      installContext: attempt.installContext,
      principal: attempt.principal,
      startedAt: this.clock.now(),
      budgetMs: this.#overriddenBudget(attempt.functionKey) ?? this.#budget(attempt),
    };
    return currentInvocation.run(invocation, async () => {
      try {
        return toOutcome(await attempt.call(handler, retryContext));
      } catch (e) {
        // Forge writes an uncaught error to the function's log; so do we (the log capture sees it).
        console.error(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
        return { retry: true, retryAfterSeconds: 1, retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' };
      }
    });
  }

  /**
   * One UI resolver call (invoke() from a Custom UI / UI Kit page): no retries, since the page sees the error,
   * and the handler's own return value back. `principal` is the user viewing the page (asUser() acts as them).
   */
  async callOnce(functionKey: string, moduleKey: string, installContext: string, principal: string, call: (handler: Handler) => unknown): Promise<unknown> {
    const handler = await this.#handler(functionKey);
    const invocation = {
      invocationId: randomUUID(), functionKey, moduleType: 'core:function', moduleKey, installContext, principal,
      startedAt: this.clock.now(), budgetMs: this.#overriddenBudget(functionKey) ?? TRIGGER_BUDGET_MS,
    };
    return this.track(Promise.resolve(currentInvocation.run(invocation, () => call(handler))));
  }

  #budget(attempt: Attempt): number {
    if (attempt.moduleType === 'core:trigger') return TRIGGER_BUDGET_MS;
    const timeout = this.manifest.functions.get(attempt.functionKey)?.timeoutSeconds;
    return timeout ? timeout * 1000 : CONSUMER_DEFAULT_BUDGET_MS;
  }

  #handler(functionKey: string): Promise<Handler> {
    let handler = this.#handlers.get(functionKey);
    if (!handler) this.#handlers.set(functionKey, (handler = importHandler(this.manifest, functionKey)));
    return handler;
  }
}

interface RetryResult {
  _retry?: unknown;
  retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown };
}

/** Reads a handler's return value: InvocationError.toJSON() (or a QueueResponse after .retry()) asks for a retry. */
function toOutcome(result: unknown): Outcome {
  const r = result as RetryResult | undefined;
  if (r === null || typeof r !== 'object' || r._retry !== true) return { retry: false };
  const options = r.retryOptions ?? {};
  return {
    retry: true,
    retryAfterSeconds: Math.max(1, options.retryAfter ?? 1),
    retryReason: options.retryReason ?? 'FUNCTION_RETRY_REQUEST',
    retryData: options.retryData,
  };
}
