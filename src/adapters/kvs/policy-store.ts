/** The site policy in Forge storage; the built-in HIPAA Safe Harbor policy applies until an admin saves one. */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { HIPAA_SAFE_HARBOR } from '../../core/policy/defaults';
import { PolicySchema, type Policy } from '../../core/policy/schema';
import { KEYS } from './keys';

const StoredPolicySchema = z.object({ revision: z.number().int().nonnegative(), policy: PolicySchema });

export interface ActivePolicy {
  readonly policy: Policy;
  /** 0 for the built-in default; each save increments it. */
  readonly revision: number;
}

export async function loadPolicy(): Promise<ActivePolicy> {
  const stored = StoredPolicySchema.safeParse(await kvs.get(KEYS.policy));
  // A stored policy that no longer parses must not switch protection off: fall back to the default.
  return stored.success ? stored.data : { policy: HIPAA_SAFE_HARBOR, revision: 0 };
}

export async function savePolicy(policy: Policy, revision: number): Promise<void> {
  await kvs.set(KEYS.policy, { revision, policy });
}
