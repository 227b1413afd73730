/**
 * Scans with only the given finding types enabled, so a detector's table tests its own spans and
 * not which neighbouring detector wins an overlap (that is the acceptance cases' job).
 */
import { FINDING_TYPES, type FindingType } from '../../../src/core/finding-types';
import type { Finding } from '../../../src/core/finding';
import { HIPAA_SAFE_HARBOR } from '../../../src/core/policy/defaults';
import { PolicySchema, type Policy } from '../../../src/core/policy/schema';
import { scanText } from '../../../src/core/scan';

const policies = new Map<string, Policy>();

function policyFor(types: readonly FindingType[]): Policy {
  const key = [...types].sort().join(',');
  let policy = policies.get(key);
  if (!policy) {
    const off = FINDING_TYPES.filter((t) => !types.includes(t)).map((t) => [t, { enabled: false }]);
    policy = PolicySchema.parse({ ...HIPAA_SAFE_HARBOR, types: Object.fromEntries(off) });
    policies.set(key, policy);
  }
  return policy;
}

/** [type, text] of every finding when only `types` are enabled. */
export function spansOf(text: string, types: readonly FindingType[]): Array<[FindingType, string]> {
  return scanText(text, { policy: policyFor(types) }).map((f: Finding) => [f.type, f.text]);
}
