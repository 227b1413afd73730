/** Turns findings and what was done about them into redaction records: locations and fingerprints, never text. */
import { fingerprint } from '../core/fingerprint';
import type { RecordAction, RecordNote, UnchainedRecord } from '../core/records/record';
import { label, tokenFor } from '../core/redact/operators';
import type { Policy } from '../core/policy/schema';
import type { AnyFinding } from './scan-fields';

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
