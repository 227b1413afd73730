/**
 * Product-event delivery: every event the site emits goes to each trigger that manifest.yml subscribes to its
 * eventType, as handler(event, context) with context {principal?, installContext, workspaceId}.
 *
 * Forge semantics reproduced here:
 * - filter.ignoreSelf drops events whose atlassianId is the app's own account, for Jira events only (the
 *   manifest loader refuses ignoreSelf on anything else, as Forge's validator does), so Confluence triggers
 *   also receive the events caused by the app's own writes.
 * - delivery is at least once: a configurable share of deliveries, picked by a seeded generator so a run is
 *   reproducible, happens a second time.
 * - a handler that returns an InvocationError (or throws) is redelivered with retryContext, at most 4 times.
 */
import type { VirtualClock } from './clock';
import type { Invoker, RetryContext } from './invoker';
import type { AppManifest, Handler, TriggerSubscription } from './manifest';

/** The fields delivery reads; handlers receive the whole payload the site emitted. */
export interface ProductEvent {
  readonly eventType: string;
  readonly atlassianId?: string;
}

export interface EventCounters {
  /** Handler invocations started for product events (first deliveries, duplicates and retries). */
  delivered: number;
  /** Extra at-least-once deliveries. */
  duplicated: number;
  /** Event-trigger pairs dropped by filter.ignoreSelf. */
  ignoredSelf: number;
  /** Redeliveries scheduled after an InvocationError or a throw. */
  retried: number;
  /** Deliveries given up after the last retry. */
  failed: number;
}

export interface AtLeastOnceOptions {
  /** Share of deliveries (0..1) that happen twice; default 0. */
  readonly duplicateShare?: number;
  /** Seed of the generator that picks them; default 1. */
  readonly seed?: number;
  /** Virtual milliseconds between a delivery and its duplicate; 0 runs both at once. Default 1000. */
  readonly duplicateDelayMs?: number;
}

export class EventDelivery {
  readonly counters: EventCounters = { delivered: 0, duplicated: 0, ignoredSelf: 0, retried: 0, failed: 0 };
  readonly #random: () => number;

  constructor(
    private readonly manifest: AppManifest,
    private readonly clock: VirtualClock,
    private readonly invoker: Invoker,
    private readonly appAccountId: string,
    private readonly cloudId: string,
    private readonly options: AtLeastOnceOptions = {},
  ) {
    this.#random = mulberry32(options.seed ?? 1);
  }

  deliver(event: ProductEvent): void {
    for (const sub of this.manifest.triggersByEvent.get(event.eventType) ?? []) {
      if (sub.ignoreSelf && event.atlassianId === this.appAccountId) {
        this.counters.ignoredSelf++;
        continue;
      }
      this.#dispatch(sub, event);
      if (this.#random() < (this.options.duplicateShare ?? 0)) {
        this.counters.duplicated++;
        this.clock.schedule(this.options.duplicateDelayMs ?? 1000, () => this.#dispatch(sub, event));
      }
    }
  }

  #dispatch(sub: TriggerSubscription, event: ProductEvent): void {
    const product = event.eventType.startsWith('avi:confluence:') ? 'confluence' : 'jira';
    const installContext = `ari:cloud:${product}::site/${this.cloudId}`;
    const context = {
      ...(event.atlassianId ? { principal: { accountId: event.atlassianId } } : {}),
      installContext,
      workspaceId: this.cloudId,
    };
    const call = (handler: Handler, retryContext?: RetryContext) => {
      this.counters.delivered++;
      // Each invocation gets its own copy, as each Forge invocation deserialises its own payload.
      const payload = structuredClone(retryContext ? { ...event, retryContext } : event);
      return handler(payload, structuredClone(context));
    };
    this.invoker.runWithRetries(
      { functionKey: sub.functionKey, moduleType: 'core:trigger', moduleKey: sub.triggerKey, installContext, principal: event.atlassianId, call },
      {
        onRetry: () => void this.counters.retried++,
        onFinal: (succeeded) => {
          if (!succeeded) this.counters.failed++;
        },
      },
    );
  }
}

/** Small seeded generator (mulberry32): the same seed picks the same duplicates on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
