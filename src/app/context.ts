/** What every use case is handed: the site's policy, the installation secret and the clock. */
import type { Policy } from '../core/policy/schema';
import { loadPolicy } from '../adapters/kvs/policy-store';
import { installationSecret } from '../adapters/kvs/secret';

export interface GuardContext {
  readonly policy: Policy;
  readonly policyVersion: number;
  readonly secret: string;
  readonly now: () => Date;
}

export async function loadGuardContext(now: () => Date = () => new Date()): Promise<GuardContext> {
  const [{ policy, revision }, secret] = await Promise.all([loadPolicy(), installationSecret()]);
  return { policy, policyVersion: revision, secret, now };
}

/** What a use case did, for handler results, logs (no content) and the demo. */
export interface GuardOutcome {
  readonly item: string;
  readonly findings: number;
  readonly redacted: number;
  readonly wrote: boolean;
  readonly skipped?: 'unchanged-fields' | 'own-event' | 'unreadable';
}
