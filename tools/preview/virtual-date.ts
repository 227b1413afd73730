/**
 * The preview runs on the local site's virtual clock: `new Date()` and `Date.now()` in the app's handlers
 * and resolvers read it, so the seeded records, the chart's days and the history's times are the same on
 * every run (the browser tests keep screenshot baselines). Only for the preview process: never imported by
 * the app or the test runner.
 */
import type { VirtualClock } from '../../test/local-site/forge/clock';

export function useVirtualDate(clock: VirtualClock): void {
  const RealDate = Date;
  class VirtualDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return clock.now();
    }
  }
  globalThis.Date = VirtualDate as DateConstructor;
}
