/**
 * The one way the app calls Jira and Confluence (style §2.13): as the app, with 429 turned into a
 * typed RateLimitedError carrying Retry-After, 5xx retried with exponential backoff, 404 and 409
 * typed. It never logs request or response bodies: they hold the content we are protecting.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import api, { route as forgeRoute, type APIResponse } from '@forge/api';
import { NotFoundError, RateLimitedError, UpstreamError, VersionConflictError } from './errors';

export type Product = 'jira' | 'confluence';
export type Route = ReturnType<typeof forgeRoute>;
export const route = forgeRoute;

const RETRIES_ON_5XX = 3;
const BASE_BACKOFF_MS = 200;

export interface CallOptions {
  readonly method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  readonly body?: unknown;
  /** Statuses the caller handles itself, returned rather than thrown. */
  readonly accept?: readonly number[];
}


function retryAfterSeconds(response: APIResponse): number {
  const header = response.headers.get('retry-after');
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 5;
}

export async function callProduct(product: Product, operation: string, path: Route, options: CallOptions = {}): Promise<APIResponse> {
  const init = {
    method: options.method ?? 'GET',
    headers: { Accept: 'application/json', ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  };
  for (let attempt = 0; ; attempt += 1) {
    const app = api.asApp();
    const response = product === 'jira' ? await app.requestJira(path, init) : await app.requestConfluence(path, init);
    if (response.ok || options.accept?.includes(response.status)) return response;
    if (response.status === 429) throw new RateLimitedError(operation, retryAfterSeconds(response));
    if (response.status === 404) throw new NotFoundError(operation);
    if (response.status === 409) throw new VersionConflictError(operation);
    if (response.status >= 500 && attempt < RETRIES_ON_5XX) {
      await sleep(BASE_BACKOFF_MS * 2 ** attempt);
      continue;
    }
    throw new UpstreamError(operation, response.status);
  }
}

/** Reads a JSON answer; an empty body (204) is undefined. */
export async function jsonOf(response: APIResponse): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}
