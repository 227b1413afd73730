/**
 * The Forge runtime harness of the local Atlassian site. installForgeRuntime() makes the app's real handlers
 * and the real Forge SDKs run locally with no module mocking: every SDK call arrives at
 * globalThis.__forge_fetch__(ctx, path, init) and is routed here:
 *   ctx {type:'fpp', remote:'jira'|'confluence'}     -> HTTP to the product site, as the app or a user
 *   ctx {type:'kvs'}                                 -> the in-memory KVS (kvs/protocol.ts)
 *   ctx {type:'fpp', remote:'stargate'} + /webhook/queue/...  -> the in-memory queue (queue.ts)
 * Anything else gets a `forge-proxy-error` response, which the SDK raises as ProxyRequestError.
 *
 * Order: import ./setup before any @forge/* or app module (this module imports it too, so importing this
 * module first is enough); then install the runtime once the site is listening; uninstall() when done.
 */
import './setup';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate as macrotask } from 'node:timers/promises';
import { VirtualClock } from './clock';
import { type AtLeastOnceOptions, type EventCounters, EventDelivery, type ProductEvent } from './events';
import { currentInvocation } from './invocation';
import { Invoker } from './invoker';
import { KvsStore } from './kvs/store';
import { handleKvsRequest } from './kvs/protocol';
import { captureConsole, type LogLine } from './logs';
import { type AppManifest, loadManifest } from './manifest';
import { InMemoryQueue, type QueueCounters } from './queue';
import { type ForgeBackend, type ForgeFetchContext, activateBackend, deactivateBackend } from './setup';

/** Request header carrying the caller's account to the site (must equal the emulator's exported name). */
export const ACCOUNT_HEADER = 'x-local-site-account';

/** All the harness needs from the Jira/Confluence emulator. */
export interface ProductSite {
  readonly url: string;
  /** Subscribes the harness; may return an unsubscribe function (called by uninstall()). */
  onEvent(listener: (event: ProductEvent) => void): void | (() => void);
  /** Resolves once every event caused so far has reached the listeners (the emulator fires them on a later turn). */
  eventsIdle?(): Promise<void>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface ForgeRuntimeOptions {
  readonly site: ProductSite;
  /** The app's own account (atlassianId of its writes; ignoreSelf compares against it). */
  readonly appAccountId: string;
  /** Defaults: the repository's manifest.yml and src/. */
  readonly manifestPath?: string;
  readonly srcRoot?: string;
  readonly clock?: VirtualClock;
  /** The site's cloud id, used in installContext and workspaceId. */
  readonly cloudId?: string;
  readonly atLeastOnce?: AtLeastOnceOptions;
  /** Also print captured handler output (it is always captured). */
  readonly echoLogs?: boolean;
}

export interface ForgeRuntime {
  readonly manifest: AppManifest;
  readonly clock: VirtualClock;
  /** Every console line a handler printed, in order, tagged with its invocation. */
  readonly logs: readonly LogLine[];
  readonly counters: { readonly events: Readonly<EventCounters>; readonly queue: Readonly<QueueCounters> };
  /** Routes one product event to its triggers (the site's onEvent is wired to this already). */
  deliver(event: ProductEvent): void;
  /** Resolves once no invocation runs and no delayed event or retry is pending, moving virtual time as needed. */
  settle(): Promise<void>;
  /**
   * Overrides the time budget (ms) of every invocation, or only of one function key; undefined restores
   * Forge's (25 s triggers, 55 s+ consumers).
   */
  setInvocationBudget(ms: number | undefined, functionKey?: string): void;
  /**
   * Calls a UI resolver as Forge does when a page runs invoke(functionKey, payload): the resolver function
   * `resolverFunction` (manifest function key) of module `moduleKey`, as user `accountId`, with the page's
   * `extensionType` (e.g. 'jira:adminPage') in the context. Returns what the resolver returned, JSON round-tripped.
   */
  invokeResolver(call: { resolverFunction: string; moduleKey: string; extensionType: string; accountId: string; functionKey: string; payload?: unknown }): Promise<unknown>;
  /** Every stored value of a custom entity that manifest.yml declares, in key order (reports and tests read it; no KVS limits apply). */
  entityValues(entityName: string): unknown[];
  uninstall(): void;
}

/** Guard against a handler chain that never ends (Forge stops chains at 1000 pushes). */
const MAX_SETTLE_STEPS = 100_000;

export function installForgeRuntime(options: ForgeRuntimeOptions): ForgeRuntime {
  const manifest = loadManifest(options.manifestPath ?? resolve(repoRoot, 'manifest.yml'), options.srcRoot ?? resolve(repoRoot, 'src'));
  const clock = options.clock ?? new VirtualClock();
  const cloudId = options.cloudId ?? '00000000-0000-4000-8000-00000000c10d';
  const invoker = new Invoker(manifest, clock);
  const store = new KvsStore(manifest.entities, () => clock.now());
  const defaultInstallContext = `ari:cloud:jira::site/${cloudId}`;
  const queue = new InMemoryQueue(manifest, clock, invoker, () => ({
    installContext: currentInvocation.getStore()?.installContext ?? defaultInstallContext,
    workspaceId: cloudId,
  }));
  const events = new EventDelivery(manifest, clock, invoker, options.appAccountId, cloudId, options.atLeastOnce);
  const backend: ForgeBackend = {
    fetch: (ctx, path, init) => route(ctx, path, init),
    appContext: () => {
      const inv = currentInvocation.getStore();
      return {
        appId: manifest.appId.replace(/^ari:cloud:ecosystem::app\//, ''),
        appVersion: '1.0.0',
        environmentId: 'local',
        environmentType: 'DEVELOPMENT',
        invocationId: inv?.invocationId ?? 'outside-invocation',
        installationId: cloudId,
        functionKey: inv?.functionKey ?? '',
        moduleType: inv?.moduleType ?? '',
        moduleKey: inv?.moduleKey ?? '',
      };
    },
    remainingTimeMs: () => {
      const inv = currentInvocation.getStore();
      if (!inv) throw new Error('getRemainingTimeInMillis() called outside a handler invocation');
      return inv.budgetMs - (clock.now() - inv.startedAt);
    },
  };

  async function route(ctx: ForgeFetchContext, path: string, init?: RequestInit): Promise<Response> {
    if (ctx.type === 'kvs') {
      const reply = handleKvsRequest(store, path, String(init?.body ?? ''));
      return json(reply.status, reply.body);
    }
    if (ctx.type === 'fpp' && (ctx.remote === 'jira' || ctx.remote === 'confluence')) return product(ctx, path, init);
    if (ctx.type === 'fpp' && ctx.remote === 'stargate' && path.startsWith('/webhook/queue/')) {
      const reply = queue.handle(path, String(init?.body ?? ''));
      return json(reply.status, reply.body);
    }
    return proxyError(501, `LOCAL_SITE_UNSUPPORTED: ${ctx.type}/${ctx.remote ?? ''} ${path}`);
  }

  /** asApp() and requestJira()/requestConfluence() act as the app; asUser(id) as that user, else the invoking principal. */
  async function product(ctx: ForgeFetchContext, path: string, init?: RequestInit): Promise<Response> {
    const account = ctx.provider === 'user' ? ctx.accountId ?? currentInvocation.getStore()?.principal : options.appAccountId;
    if (!account) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
    const headers = new Headers(init?.headers);
    headers.set(ACCOUNT_HEADER, account);
    return fetch(options.site.url.replace(/\/$/, '') + path, { ...init, headers });
  }

  // Activate first: it refuses a second runtime before console or the site are touched.
  activateBackend(backend);
  const logs: LogLine[] = [];
  const restoreConsole = captureConsole(logs, options.echoLogs ?? false);
  let installed = true;
  const unsubscribe = options.site.onEvent((event) => {
    if (installed) events.deliver(event);
  });

  return {
    manifest,
    clock,
    logs,
    counters: { events: events.counters, queue: queue.counters },
    deliver: (event) => events.deliver(event),
    async settle() {
      for (let step = 0; step < MAX_SETTLE_STEPS; step++) {
        // The site fires events on a later turn than the write that caused them: wait for those too.
        do {
          await invoker.whenIdle();
          await options.site.eventsIdle?.();
          await macrotask();
        } while (invoker.busy);
        const errors = invoker.harnessErrors.splice(0);
        if (errors.length > 0) throw new AggregateError(errors, `Forge harness failed to run a handler: ${errors.map((e) => e.message).join('; ')}`);
        const due = clock.nextDue();
        if (due === undefined) return;
        clock.advanceTo(due);
      }
      throw new Error(`settle(): work still pending after ${MAX_SETTLE_STEPS} steps (an endless handler chain?)`);
    },
    setInvocationBudget(ms, functionKey) {
      invoker.budgetOverride = ms === undefined ? undefined : { ms, ...(functionKey ? { functionKey } : {}) };
    },
    async invokeResolver(c) {
      const product = c.extensionType.startsWith('confluence:') ? 'confluence' : 'jira';
      const installContext = `ari:cloud:${product}::site/${cloudId}`;
      const result = await invoker.callOnce(c.resolverFunction, c.moduleKey, installContext, c.accountId, (handler) => handler(
        // The shapes @forge/resolver's getDefinitions() reads: {call, context} and the backend runtime payload.
        structuredClone({ call: { functionKey: c.functionKey, payload: c.payload }, context: { cloudId, moduleKey: c.moduleKey, extension: { type: c.extensionType } } }),
        { principal: { accountId: c.accountId }, installContext },
      ));
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result)) as unknown;
    },
    entityValues: (entityName) => store.list(store.space('kvs', entityName)).map((item) => structuredClone(item.value)),
    uninstall() {
      installed = false;
      unsubscribe?.();
      restoreConsole();
      deactivateBackend(backend);
    },
  };
}

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** How the Forge proxy reports its own failures: the SDK turns this header into ProxyRequestError / NeedsAuthenticationError. */
function proxyError(status: number, reason: string): Response {
  return new Response(null, { status, headers: { 'forge-proxy-error': reason } });
}
