/**
 * One function invocation as the Forge runtime sees it: which function, for which module, on whose behalf,
 * and with how much of its time budget left. Kept in AsyncLocalStorage so that everything a handler does
 * (console output, asUser() calls, getAppContext()) is attributed to the right invocation even when several
 * run at once.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Invocation {
  readonly invocationId: string;
  readonly functionKey: string;
  /** Forge's module type string, e.g. core:trigger, core:consumer. */
  readonly moduleType: string;
  readonly moduleKey: string;
  /** The installation (ari:cloud:jira::site/<cloudId> or confluence) the invocation runs for. */
  readonly installContext: string;
  /** The account the event or call came from; asUser() without an id acts as this account. */
  readonly principal?: string;
  /** Virtual-clock time the invocation started and its budget, for getRemainingTimeInMillis(). */
  readonly startedAt: number;
  readonly budgetMs: number;
}

export const currentInvocation = new AsyncLocalStorage<Invocation>();
