/** The `phiGuard` property on an issue or page: what PHI it held, searchable in JQL and CQL. */
import { z } from 'zod';
import type { Decision } from '../core/decide/decide';
import { FindingTypeSchema } from '../core/finding-types';

export const PHI_PROPERTY_KEY = 'phiGuard';

export const PhiPropertySchema = z.object({
  types: z.array(FindingTypeSchema),
  counts: z.partialRecord(FindingTypeSchema, z.number().int().nonnegative()),
  total: z.number().int().nonnegative(),
  lastScan: z.string(),
  policyVersion: z.number().int().nonnegative(),
});
export type PhiProperty = z.infer<typeof PhiPropertySchema>;

/** Adds this scan's findings to what the item held before (types union, counts summed). */
export function mergeProperty(previous: unknown, decision: Pick<Decision, 'summary'>, lastScan: string, policyVersion: number): PhiProperty {
  const prior = PhiPropertySchema.safeParse(previous);
  const counts: PhiProperty['counts'] = { ...(prior.success ? prior.data.counts : {}) };
  for (const [type, n] of Object.entries(decision.summary.counts)) {
    const t = FindingTypeSchema.parse(type);
    counts[t] = (counts[t] ?? 0) + (n ?? 0);
  }
  const types = FindingTypeSchema.array().parse(Object.keys(counts)).sort();
  return { types, counts, total: Object.values(counts).reduce((a, b) => a + (b ?? 0), 0), lastScan, policyVersion };
}
