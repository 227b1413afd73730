/**
 * The async-events queue behind @forge/events 3.0.8. Queue.push/getStats/cancel reach the platform as
 * __requestAtlassianAsApp (ctx {type:'fpp', provider:'app', remote:'stargate'}) POSTs to
 * /webhook/queue/{publish|stats|cancel}/{contextAri}/{environmentId}/{appId}/{appVersion} (placeholders sent
 * literally). Publish answers 201 (413 {errorMessage} when too big), stats 200 {success, inProgress, failed},
 * cancel 204, and 404 for an unknown job. Each pushed event is delivered on its own to the consumer that
 * manifest.yml declares for the queue, after its delay on the virtual clock, with Forge's retries.
 * Not modelled: `concurrency` (events run as they fall due), the 1000-push cyclic chain limit (405) and the
 * 500 events/minute rate limit (429). Events of a cancelled job that had not started count as failed.
 */
import { randomUUID } from 'node:crypto';
import type { VirtualClock } from './clock';
import type { Invoker, RetryContext } from './invoker';
import type { AppManifest, ConsumerDef, Handler } from './manifest';

/** Limits the SDK also checks client-side; enforced here too because Queue accepts an injected apiClient. */
export const MAX_EVENTS_PER_PUSH = 50;
export const MAX_PUSH_KB = 200;
export const MAX_DELAY_SECONDS = 900;

export interface QueueReply {
  readonly status: number;
  readonly body?: unknown;
}

interface PushEvent {
  readonly body: Record<string, unknown>;
  readonly delayInSeconds?: number;
  readonly concurrency?: { key: string; limit: number };
}

interface Job {
  readonly queueName: string;
  success: number;
  failed: number;
  inProgress: number;
  cancelled: boolean;
}

export interface QueueCounters {
  pushed: number;
  consumed: number;
  retried: number;
  failed: number;
}

export class InMemoryQueue {
  readonly #jobs = new Map<string, Job>();
  readonly counters: QueueCounters = { pushed: 0, consumed: 0, retried: 0, failed: 0 };

  constructor(
    private readonly manifest: AppManifest,
    private readonly clock: VirtualClock,
    private readonly invoker: Invoker,
    /** The installation a push belongs to: the pushing invocation's, else the runtime's default. */
    private readonly installation: () => { installContext: string; workspaceId: string },
  ) {}

  handle(path: string, rawBody: string): QueueReply {
    const operation = /^\/webhook\/queue\/(publish|stats|cancel)\//.exec(path)?.[1];
    if (!operation) return { status: 404, body: { message: `No queue operation at ${path}` } };
    let body: { queueName: string; jobId: string; payload?: PushEvent[] };
    try {
      body = JSON.parse(rawBody) as typeof body;
    } catch {
      return { status: 400, body: { message: 'The request body is not JSON' } };
    }
    if (operation === 'publish') return this.#publish(body.queueName, body.jobId, body.payload ?? []);
    const job = this.#jobs.get(body.jobId);
    if (!job || job.queueName !== body.queueName) return { status: 404, body: { message: `Job ${body.jobId} does not exist` } };
    if (operation === 'stats') return { status: 200, body: { success: job.success, inProgress: job.inProgress, failed: job.failed } };
    job.cancelled = true;
    return { status: 204 };
  }

  #publish(queueName: string, jobId: string, events: readonly PushEvent[]): QueueReply {
    const consumer = this.manifest.consumersByQueue.get(queueName);
    // Not Forge behaviour (an unconsumed push is silently lost there), but a push nobody consumes is a bug.
    if (!consumer) return { status: 400, body: { message: `No consumer in manifest.yml for queue "${queueName}"` } };
    if (events.length === 0 || events.length > MAX_EVENTS_PER_PUSH) return { status: 400, body: { message: `A push carries 1 to ${MAX_EVENTS_PER_PUSH} events` } };
    if (Buffer.byteLength(JSON.stringify(events)) / 1024 > MAX_PUSH_KB) return { status: 413, body: { errorMessage: `The maximum payload size is ${MAX_PUSH_KB}KB` } };
    if (events.some((e) => (e.delayInSeconds ?? 0) < 0 || (e.delayInSeconds ?? 0) > MAX_DELAY_SECONDS)) {
      return { status: 400, body: { message: `delayInSeconds must be between 0 and ${MAX_DELAY_SECONDS}` } };
    }
    const job: Job = { queueName, success: 0, failed: 0, inProgress: events.length, cancelled: false };
    this.#jobs.set(jobId, job);
    this.counters.pushed += events.length;
    const context = this.installation();
    for (const event of events) {
      const asyncEvent = { ...event, queueName, jobId, eventId: randomUUID() };
      this.clock.schedule((event.delayInSeconds ?? 0) * 1000, () => this.#deliver(job, consumer, context, asyncEvent));
    }
    return { status: 201, body: {} };
  }

  #deliver(job: Job, consumer: ConsumerDef, context: { installContext: string; workspaceId: string }, event: PushEvent & { queueName: string; jobId: string; eventId: string }): void {
    // A cancelled job delivers nothing more; its undelivered events count as failed in the stats.
    if (job.cancelled) return this.#finish(job, false);
    const call = (handler: Handler, retryContext?: RetryContext) => {
      const delivered = retryContext ? { ...event, retryContext } : event;
      this.counters.consumed++;
      if (consumer.resolverMethod === undefined) return handler(structuredClone(delivered), { ...context });
      // A `resolver:{function, method}` consumer gets the Resolver call shape (unverified: payload = body).
      const call = { functionKey: consumer.resolverMethod, payload: structuredClone(event.body), jobId: event.jobId };
      return handler({ call, context: { retryContext } }, { ...context });
    };
    const { functionKey, key: moduleKey } = consumer;
    this.invoker.runWithRetries({ functionKey, moduleType: 'core:consumer', moduleKey, installContext: context.installContext, call }, {
      onRetry: () => void this.counters.retried++,
      onFinal: (succeeded) => this.#finish(job, succeeded),
    });
  }

  #finish(job: Job, succeeded: boolean): void {
    job.inProgress--;
    if (succeeded) job.success++;
    else {
      job.failed++;
      this.counters.failed++;
    }
  }
}
