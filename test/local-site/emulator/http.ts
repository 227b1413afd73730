/**
 * What a route handler receives and returns, and the error bodies each Atlassian API uses: Jira's
 * ErrorCollection, Confluence v2's `{errors: [...]}` list and Confluence v1's `{statusCode, data, message}`.
 */
import type { z } from 'zod';
import type { SiteState } from './state';
import type { ProductEvent } from './events';

export interface Call {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  /** The account making the call (the app's for asApp()). */
  readonly caller: string;
  readonly params: Readonly<Record<string, string>>;
  readonly state: SiteState;
  /** Base URL of the site, for `self` links. */
  readonly base: string;
  /** Queues a product event; the router fires it after the response is sent. */
  readonly emit: (event: ProductEvent) => void;
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Product = 'jira' | 'jsm' | 'confluence-v2' | 'confluence-v1';

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });

export const jiraError = (status: number, messages: readonly string[], errors: Record<string, string> = {}): Reply =>
  ({ status, body: { errorMessages: [...messages], errors } });

const v2Codes: Record<number, string> = {
  400: 'INVALID_REQUEST_PARAMETER', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'TOO_MANY_REQUESTS', 500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE', 504: 'GATEWAY_TIMEOUT',
};

export const confluenceError = (status: number, title: string, detail: string | null = null): Reply =>
  ({ status, body: { errors: [{ status, code: v2Codes[status] ?? 'ERROR', title, detail }] } });

export const confluenceV1Error = (status: number, message: string): Reply =>
  ({ status, body: { statusCode: status, data: { authorized: status !== 403, valid: status !== 400, errors: [], successful: false }, message } });

/** JSM answers errors as `{errorMessage, i18nErrorMessage}`. */
export const jsmError = (status: number, message: string): Reply =>
  ({ status, body: { errorMessage: message, i18nErrorMessage: { i18nKey: 'sd.error', parameters: [] } } });

/** An error in the shape of the product that owns the path. */
export function productError(product: Product, status: number, message: string): Reply {
  switch (product) {
    case 'jira': return jiraError(status, [message]);
    case 'jsm': return jsmError(status, message);
    case 'confluence-v2': return confluenceError(status, message);
    case 'confluence-v1': return confluenceV1Error(status, message);
  }
}

export function productOf(path: string): Product {
  if (path.startsWith('/rest/servicedeskapi/')) return 'jsm';
  if (path.startsWith('/wiki/api/v2/')) return 'confluence-v2';
  if (path.startsWith('/wiki/')) return 'confluence-v1';
  return 'jira';
}

/** Parses a request body with zod; a bad body is a 400 in the product's shape naming the bad field. */
export function parseBody<T>(call: Call, schema: z.ZodType<T>): { value: T } | { reply: Reply } {
  const parsed = schema.safeParse(call.body);
  if (parsed.success) return { value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  const message = `${field}: ${issue?.message ?? 'invalid request body'}`;
  const product = productOf(call.path);
  if (product === 'jira') return { reply: jiraError(400, [], { [field]: message }) };
  return { reply: productError(product, 400, message) };
}

/** An integer query parameter within [min, max], or the default. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  const n = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Opaque cursors (Jira nextPageToken, Confluence cursor): an offset bound to the query it pages. */
export const encodeCursor = (offset: number, scope: string): string =>
  Buffer.from(JSON.stringify({ offset, scope })).toString('base64url');

export function decodeCursor(token: string, scope: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { offset, scope: s } = parsed as { offset?: unknown; scope?: unknown };
    return typeof offset === 'number' && s === scope ? offset : undefined;
  } catch {
    return undefined;
  }
}
