/**
 * Decide: findings + policy -> what to do with one item (an issue's fields, a comment, a page). Pure;
 * the use case in src/app carries the decision out.
 *
 * Mentions are reported by the ADF layer but point at user accounts, not patients: they never make an
 * item "PHI-bearing", never become labels and are never rewritten.
 */
import { isRewritable } from '../adf/scan-document';
import type { Finding } from '../finding';
import type { FindingType } from '../finding-types';
import { ruleFor, type Action, type Policy } from '../policy/schema';

export const DETECTED_LABEL = 'phi-detected';

/** "phi-ssn", "phi-health-plan-id": a label per type, lower case as Jira and Confluence labels read. */
export const typeLabel = (type: FindingType): string => `phi-${type.toLowerCase().replace(/_/g, '-')}`;

export interface FieldFindings<F extends Finding = Finding> {
  readonly field: string;
  readonly findings: readonly F[];
}

export interface Decision<F extends Finding = Finding> {
  /** Findings that count (mentions excluded), per field. */
  readonly fields: readonly FieldFindings<F>[];
  /** Per field, the findings to replace by tokens. */
  readonly redact: readonly FieldFindings<F>[];
  /** Tag the item (labels + property). */
  readonly tag: boolean;
  /** Restrict the item (issue security level). */
  readonly restrict: boolean;
  readonly labels: readonly string[];
  readonly summary: { readonly types: readonly FindingType[]; readonly counts: Readonly<Partial<Record<FindingType, number>>>; readonly total: number };
  /** The action taken for each finding type present. */
  readonly actions: Readonly<Partial<Record<FindingType, Action>>>;
}

const REDACTING: ReadonlySet<Action> = new Set(['redact', 'redact-and-restrict']);

export function decide<F extends Finding>(policy: Policy, scanned: readonly FieldFindings<F>[]): Decision<F> {
  const fields = scanned
    .map((f) => ({ field: f.field, findings: f.findings.filter(isRewritable) }))
    .filter((f) => f.findings.length > 0);
  const counts: Partial<Record<FindingType, number>> = {};
  const actions: Partial<Record<FindingType, Action>> = {};
  for (const f of fields.flatMap((x) => x.findings)) {
    counts[f.type] = (counts[f.type] ?? 0) + 1;
    actions[f.type] = ruleFor(policy, f.type).action;
  }
  const types = (Object.keys(counts) as FindingType[]).sort();
  const redact = fields
    .map((f) => ({ field: f.field, findings: f.findings.filter((x) => REDACTING.has(ruleFor(policy, x.type).action)) }))
    .filter((f) => f.findings.length > 0);
  const tag = types.some((t) => actions[t] !== 'detect');
  return {
    fields,
    redact,
    tag,
    restrict: types.some((t) => actions[t] === 'redact-and-restrict'),
    labels: tag ? [DETECTED_LABEL, ...types.map(typeLabel)] : [],
    summary: { types, counts, total: fields.reduce((n, f) => n + f.findings.length, 0) },
    actions,
  };
}
