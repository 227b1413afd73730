/**
 * Virtual time for the Forge harness. Queue delays, `retryAfter` back-offs and KVS TTLs all read this clock
 * instead of the wall clock, so a test that exercises a 15-minute delay or four retries finishes in
 * milliseconds and always in the same order. Nothing here sleeps: time moves only when `advance()` is called
 * or when the runtime's `settle()` jumps to the next due timer because nothing else is running.
 */

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
}

export class VirtualClock {
  #now: number;
  #timers: Timer[] = [];
  #seq = 0;

  /** Starts at `startMs` (epoch milliseconds); a fixed default keeps runs reproducible. */
  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  /** Runs `fire` once the clock reaches now + delayMs (a zero delay fires on the next advance or settle). */
  schedule(delayMs: number, fire: () => void): void {
    this.#timers.push({ at: this.#now + Math.max(0, delayMs), seq: this.#seq++, fire });
    // Stable order: by due time, then by scheduling order, so equal-time work runs first-in first-out.
    this.#timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  /** When the earliest pending timer is due, or undefined when none is pending. */
  nextDue(): number | undefined {
    return this.#timers[0]?.at;
  }

  /** Moves time forward by `ms`, firing every timer that becomes due, in order. */
  advance(ms: number): void {
    this.advanceTo(this.#now + ms);
  }

  advanceTo(targetMs: number): void {
    while (this.#timers.length > 0 && this.#timers[0]!.at <= targetMs) {
      const timer = this.#timers.shift()!;
      this.#now = Math.max(this.#now, timer.at);
      timer.fire();
    }
    this.#now = Math.max(this.#now, targetMs);
  }
}
