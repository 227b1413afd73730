/**
 * Fault injection for tests and the demo: the failures a Forge app meets on a real site, on demand.
 * Rules match a route by its pattern as written in the route table (e.g. '/rest/api/3/issue/{issueIdOrKey}'),
 * by a RegExp on the concrete path, or '*', and are used up after `times` matching requests.
 */

export type CallerFilter = 'app' | 'user' | 'any';

export interface FaultMatch {
  readonly route: string | RegExp;
  readonly method?: string;
  /** How many matching requests the fault hits (default 1). */
  readonly times?: number;
  /** Whose requests it hits (default 'any'). */
  readonly caller?: CallerFilter;
}

type Effect =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterSeconds?: number }
  | { readonly kind: 'latency'; readonly ms: number };

interface Rule extends FaultMatch { remaining: number; readonly effect: Effect }

export interface RequestInfo { readonly method: string; readonly pattern: string; readonly path: string; readonly isApp: boolean }

/** What the router does for a request: wait, then answer with an injected status or go on. */
export interface FaultOutcome { readonly delayMs: number; readonly status?: number; readonly retryAfterSeconds?: number }

export class Faults {
  private readonly rules: Rule[] = [];
  /** item -> the user edit to apply before the app's next write, armed once the app has read the item. */
  private readonly races = new Map<string, { armed: boolean; edit: () => Promise<void> | void }>();

  /** 429 Too Many Requests with `Retry-After` (seconds), as Atlassian's rate limiters answer. */
  rateLimit(match: FaultMatch & { retryAfterSeconds?: number }): void {
    this.add(match, { kind: 'status', status: 429, retryAfterSeconds: match.retryAfterSeconds ?? 1 });
  }

  serverError(match: FaultMatch & { status?: 500 | 502 | 503 | 504 }): void {
    this.add(match, { kind: 'status', status: match.status ?? 503 });
  }

  latency(match: FaultMatch & { ms: number }): void {
    this.add(match, { kind: 'latency', ms: match.ms });
  }

  /**
   * "A user edit lands between the app's read and its write": after the app's next GET of `item`
   * (see `items` in state.ts), `edit` runs (as a user, through the site) before the app's next write to it.
   */
  userEditBetweenReadAndWrite(item: string, edit: () => Promise<void> | void): void {
    this.races.set(item, { armed: false, edit });
  }

  clear(): void {
    this.rules.length = 0;
    this.races.clear();
  }

  /** Consumes the matching rules for one request. */
  take(request: RequestInfo): FaultOutcome {
    // Every matching latency rule adds its delay; the first matching status rule answers.
    let delayMs = 0;
    let answer: Extract<Effect, { kind: 'status' }> | undefined;
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || !matches(rule, request)) continue;
      if (rule.effect.kind === 'latency') delayMs += rule.effect.ms;
      else if (answer) continue;
      else answer = rule.effect;
      rule.remaining -= 1;
    }
    return answer ? { delayMs, status: answer.status, retryAfterSeconds: answer.retryAfterSeconds } : { delayMs };
  }

  /** Called after the app read `item`. */
  appRead(item: string): void {
    const race = this.races.get(item);
    if (race) race.armed = true;
  }

  /** Called before the app writes `item`: the pending user edit, if the app has read the item since arming. */
  beforeAppWrite(item: string): (() => Promise<void> | void) | undefined {
    const race = this.races.get(item);
    if (!race?.armed) return undefined;
    this.races.delete(item);
    return race.edit;
  }

  private add(match: FaultMatch, effect: Effect): void {
    this.rules.push({ ...match, remaining: match.times ?? 1, effect });
  }
}

function matches(rule: Rule, request: RequestInfo): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) return false;
  const caller = rule.caller ?? 'any';
  if (caller !== 'any' && (caller === 'app') !== request.isApp) return false;
  if (rule.route === '*') return true;
  return typeof rule.route === 'string' ? rule.route === request.pattern : rule.route.test(request.path);
}
