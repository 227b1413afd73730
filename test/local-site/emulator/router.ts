/**
 * Routes a product request to its handler: matches the path against the route table (patterns are the
 * OpenAPI paths, so faults and contract tests name routes the way Atlassian's specs do), applies injected
 * faults, runs the read-then-write race hook, counts calls and writes, and collects the events to fire.
 */
import type { Call, Reply } from './http';
import { productError, productOf } from './http';
import type { ProductEvent } from './events';
import type { Faults } from './faults';
import { APP_ACCOUNT_ID } from './state';
import type { SiteState } from './state';

export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

export interface Route {
  readonly method: Method;
  /** The path as Atlassian's OpenAPI documents spell it, with the product prefix ('/wiki/api/v2/pages/{id}'). */
  readonly pattern: string;
  readonly handler: (call: Call) => Reply | Promise<Reply>;
  /** A POST that only reads (JQL search): not counted as a write. */
  readonly read?: boolean;
  /** The item the request touches (see `items` in state.ts): per-item write counts and the race hook. */
  readonly item?: (params: Readonly<Record<string, string>>, state: SiteState) => string | undefined;
}

export interface ApiCounters {
  calls: number;
  writes: number;
  /** 429 answers served. */
  rateLimited: number;
  readonly writesPerItem: Record<string, number>;
}

export const emptyCounters = (): ApiCounters => ({ calls: 0, writes: 0, rateLimited: 0, writesPerItem: {} });

export interface Incoming {
  readonly method: string;
  /** Path with query string, e.g. '/rest/api/3/issue/HC-1?fields=summary'. */
  readonly url: string;
  readonly body: unknown;
  readonly caller: string;
  /** In-process calls (seeding, race edits) skip fault injection. */
  readonly injectFaults: boolean;
}

interface CompiledRoute extends Route { readonly regex: RegExp; readonly names: readonly string[] }

const compile = (route: Route): CompiledRoute => {
  const names: string[] = [];
  const source = route.pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { ...route, regex: new RegExp(`^${source}$`), names };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Router {
  private readonly routes: CompiledRoute[];
  readonly counters = { app: emptyCounters(), all: emptyCounters() };

  constructor(routes: readonly Route[], private readonly state: SiteState, private readonly faults: Faults,
    private readonly base: () => string) {
    this.routes = routes.map(compile);
  }

  /** Handles one request; `events` are to be fired once the response has gone out. */
  async handle(request: Incoming): Promise<{ reply: Reply; events: ProductEvent[] }> {
    const url = new URL(request.url, 'http://local-site');
    const path = url.pathname;
    const method = request.method.toUpperCase();
    const isApp = request.caller === APP_ACCOUNT_ID;
    const events: ProductEvent[] = [];
    this.count(isApp, (c) => { c.calls += 1; });

    const candidates = this.routes.filter((r) => r.regex.test(path));
    const route = candidates.find((r) => r.method === method);
    if (!route) {
      const status = candidates.length > 0 ? 405 : 404;
      return { reply: productError(productOf(path), status, status === 405 ? 'Method not allowed' : 'Not found'), events };
    }
    const match = route.regex.exec(path) ?? [];
    const params: Record<string, string> = {};
    try {
      route.names.forEach((name, i) => { params[name] = decodeURIComponent(match[i + 1] ?? ''); });
    } catch {
      return { reply: productError(productOf(path), 400, 'Malformed path parameter'), events };
    }

    if (request.injectFaults) {
      const fault = this.faults.take({ method, pattern: route.pattern, path, isApp });
      if (fault.delayMs > 0) await sleep(fault.delayMs);
      if (fault.status !== undefined) {
        if (fault.status === 429) this.count(isApp, (c) => { c.rateLimited += 1; });
        const reply = productError(productOf(path), fault.status, fault.status === 429 ? 'Rate limit exceeded.' : 'Injected server error');
        const headers = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : undefined;
        return { reply: { ...reply, ...(headers ? { headers } : {}) }, events };
      }
    }

    const write = method !== 'GET' && route.read !== true;
    const item = route.item?.(params, this.state);
    if (write && isApp && item !== undefined) {
      const edit = this.faults.beforeAppWrite(item);
      if (edit) await edit();
    }

    const call: Call = {
      method, path, query: url.searchParams, body: request.body, caller: request.caller, params,
      state: this.state, base: this.base(), emit: (event) => { events.push(structuredClone(event)); },
    };
    const reply = await route.handler(call);
    const success = reply.status >= 200 && reply.status < 300;
    if (success && !write && isApp && item !== undefined) this.faults.appRead(item);
    if (success && write) {
      this.count(isApp, (c) => {
        c.writes += 1;
        if (item !== undefined) c.writesPerItem[item] = (c.writesPerItem[item] ?? 0) + 1;
      });
    }
    return { reply, events };
  }

  private count(isApp: boolean, change: (c: ApiCounters) => void): void {
    change(this.counters.all);
    if (isApp) change(this.counters.app);
  }
}
