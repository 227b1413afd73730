/**
 * Test-setup entry: puts the Forge runtime globals in place. Import it FIRST, before any @forge/* SDK or app
 * module, either as the first import of a test file (`import '../local-site/forge/setup';`) or with
 * `node --import tsx --import ./test/local-site/forge/setup.ts --test ...`.
 *
 * Why the order matters: on Forge the runtime wrapper defines globalThis.__forge_fetch__ and
 * __forge_runtime__ before it loads the app bundle, and some SDK code reads them at module load: @forge/kvs
 * picks its fetch client from __forge_runtime__.kvs when `index.js` is evaluated, and @forge/bridge captures
 * its bridge on import. @forge/api 8.3 and @forge/events 3.0.8 look __forge_fetch__ up per call, but we do
 * not rely on that staying true.
 *
 * The globals are thin dispatchers to whichever runtime installForgeRuntime() made active, so each test can
 * start its own site and runtime while the SDKs keep the same globals for the whole process.
 */

export type ForgeFetch = (ctx: ForgeFetchContext, path: string, init?: RequestInit) => Promise<Response>;

/** What the SDKs pass as the first argument of __forge_fetch__ (see @forge/api out/api/fetch.js, @forge/kvs out/index.js). */
export interface ForgeFetchContext {
  readonly type: string;
  readonly provider?: string;
  readonly remote?: string;
  readonly accountId?: string;
  readonly contextAri?: string;
}

/** The part of a runtime the globals delegate to. */
export interface ForgeBackend {
  readonly fetch: ForgeFetch;
  /** The `appContext` that getAppContext() reads, for the invocation running now. */
  appContext(): Record<string, unknown>;
  /** Milliseconds left in the current invocation's budget (getAppContext().invocationRemainingTimeInMillis()). */
  remainingTimeMs(): number;
}

declare global {
  var __forge_fetch__: ForgeFetch | undefined;
  var __forge_runtime__: unknown;
}

let active: ForgeBackend | undefined;

export function activateBackend(backend: ForgeBackend): void {
  if (active) throw new Error('A Forge runtime is already installed: call uninstall() on it first');
  active = backend;
}

export function deactivateBackend(backend: ForgeBackend): void {
  if (active === backend) active = undefined;
}

function backend(): ForgeBackend {
  if (!active) throw new Error('No Forge runtime installed: call installForgeRuntime() from test/local-site/forge/runtime');
  return active;
}

const noopMetric = { incr() {}, incrBy() {}, decr() {}, decrBy() {}, set() {}, measure: () => ({ stop() {} }) };

globalThis.__forge_fetch__ = (ctx, path, init) => {
  try {
    return backend().fetch(ctx, path, init);
  } catch (e) {
    return Promise.reject(e);
  }
};

// Only the fields the SDKs read (@forge/api out/api/runtime.js); no `kvs` field, so @forge/kvs sends the
// plain {type:'kvs', provider:'app', remote:'kvs'} context.
globalThis.__forge_runtime__ = {
  get appContext() {
    return backend().appContext();
  },
  lambdaContext: {
    awsRequestId: 'local',
    getRemainingTimeInMillis: () => backend().remainingTimeMs(),
  },
  metrics: { counter: () => noopMetric, timing: () => noopMetric, gauge: () => noopMetric },
  proxy: { token: 'local', url: 'http://forge-proxy.invalid' },
  tracing: { traceId: 'local', spanId: 'local' },
};
