/** What every use case is handed: the site's policy, the installation secret and the clock. */
import type { Policy } from '../core/policy/schema';
import { unlimitedBudget, type Budget } from '../adapters/budget';
import { loadPolicy } from '../adapters/kvs/policy-store';
import { installationSecret } from '../adapters/kvs/secret';

export interface GuardContext {
  readonly policy: Policy;
  readonly policyVersion: number;
  readonly secret: string;
  readonly now: () => Date;
  /** Checked before each expensive step; a trigger hands the job on when it runs short. */
  readonly budget: Budget;
}

export async function loadGuardContext(budget: Budget = unlimitedBudget, now: () => Date = () => new Date()): Promise<GuardContext> {
  const [{ policy, revision }, secret] = await Promise.all([loadPolicy(), installationSecret()]);
  return { policy, policyVersion: revision, secret, now, budget };
}

/** What a use case did, for handler results, logs (no content) and the demo. */
export interface GuardOutcome {
  readonly item: string;
  readonly findings: number;
  readonly redacted: number;
  readonly wrote: boolean;
  readonly skipped?: 'unchanged-fields' | 'out-of-scope';
}
