/** Turns findings and what was done about them into redaction records: locations and fingerprints, never text. */
import { fingerprint } from '../core/fingerprint';
import type { Decision } from '../core/decide/decide';
import type { RecordAction, RecordNote, UnchainedRecord } from '../core/records/record';
import { label, tokenFor } from '../core/redact/operators';
import type { Policy } from '../core/policy/schema';
import type { AnyFinding, RedactedField } from './scan-fields';

export interface RecordContext {
  readonly time: string;
  readonly product: UnchainedRecord['product'];
  readonly container: string;
  readonly contentType: UnchainedRecord['contentType'];
  readonly contentId: string;
  readonly contentVersion: string;
  readonly policy: Policy;
  readonly policyVersion: number;
  readonly secret: string;
}

export interface RecordGroup {
  readonly field: string;
  readonly findings: readonly AnyFinding[];
  readonly action: RecordAction;
  readonly notes: readonly RecordNote[];
}

/**
 * The record groups of one item: the fields that were redacted (with the action and notes given), then
 * the fields that were only tagged or detected.
 */
export function recordGroups(
  decision: Decision<AnyFinding>, redacted: readonly RedactedField[], redactedAction: RecordAction, notes: readonly RecordNote[],
): RecordGroup[] {
  return [
    ...redacted.map((r): RecordGroup => ({ field: r.field, findings: r.replaced, action: redactedAction, notes })),
    ...decision.fields.filter((f) => !redacted.some((r) => r.field === f.field))
      .map((f): RecordGroup => ({ field: f.field, findings: f.findings, action: decision.tag ? 'tagged' : 'detected', notes: [] })),
  ];
}

export function buildRecords(ctx: RecordContext, groups: readonly RecordGroup[]): UnchainedRecord[] {
  return groups.flatMap((g) => g.findings.map((f): UnchainedRecord => ({
    time: ctx.time,
    product: ctx.product,
    container: ctx.container,
    contentType: ctx.contentType,
    contentId: ctx.contentId,
    contentVersion: ctx.contentVersion,
    field: g.field,
    path: 'path' in f ? f.path : '',
    start: f.start,
    end: f.end,
    type: f.type,
    detector: f.detector,
    score: f.score,
    action: g.action,
    ...(g.action === 'redacted' || g.action === 'redacted-and-restricted' ? { token: recordToken(ctx, f) } : {}),
    fingerprint: fingerprint(ctx.secret, f.type, f.normalised),
    notes: [...g.notes],
    policyVersion: ctx.policyVersion,
  })));
}

/** The token as the record keeps it: a last-four mask keeps digits of the value, so the record keeps the label. */
function recordToken(ctx: RecordContext, f: AnyFinding): string {
  return ctx.policy.tokenStyle === 'last4' ? label(f) : tokenFor(ctx.policy.tokenStyle, f, ctx.secret);
}
