/** Parses a policy from any source, returning problems as data (field path + message) rather than throwing. */
import type { z } from 'zod';
import { PolicySchema, type Policy } from './schema';

export type PolicyParseResult =
  | { readonly ok: true; readonly policy: Policy; readonly problems?: never }
  | { readonly ok: false; readonly policy?: never; readonly problems: readonly string[] };

const describeIssue = (issue: z.core.$ZodIssue): string =>
  `${issue.path.length ? issue.path.join('.') : '(policy)'}: ${issue.message}`;

export function parsePolicy(value: unknown): PolicyParseResult {
  const parsed = PolicySchema.safeParse(value);
  if (parsed.success) return { ok: true, policy: parsed.data };
  return { ok: false, problems: parsed.error.issues.map(describeIssue) };
}
