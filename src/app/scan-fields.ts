/**
 * Scanning an item's fields under the policy and redacting the ones the policy redacts. Shared by the
 * Jira and Confluence use cases; pure apart from the policy and secret handed in.
 */
import { redactDocumentStable, scanDocument, type AdfNode, type DocumentFinding } from '../core/adf';
import { decide, type Decision } from '../core/decide/decide';
import type { Finding } from '../core/finding';
import type { InputItem } from '../core/input';
import { PolicySchema, ruleFor, type Policy } from '../core/policy/schema';
import { FINDING_TYPES } from '../core/finding-types';
import { redactTextStable, scanTextStable } from '../core/redact/text';

export type AnyFinding = Finding | DocumentFinding;

export interface ScannedField {
  readonly field: string;
  readonly item: InputItem;
  readonly findings: readonly AnyFinding[];
}

export interface RedactedField {
  readonly field: string;
  /** The new value: a string for text fields, an ADF document for rich ones. */
  readonly value: string | AdfNode;
  /** Every finding replaced, pass by pass (offsets into the value each pass scanned). */
  readonly replaced: readonly AnyFinding[];
}

export function scanFields(items: readonly InputItem[], policy: Policy, secret: string): ScannedField[] {
  return items.map((item) => ({
    field: item.field,
    item,
    findings: item.kind === 'text' ? scanTextStable(item.text, { policy, secret, style: policy.tokenStyle }) : scanDocument(item.doc, { policy, secret }),
  }));
}

const redactionPolicies = new WeakMap<Policy, Policy>();

/** The policy with every type whose action does not redact switched off: what the redaction passes use. */
function redactionPolicy(policy: Policy): Policy {
  let p = redactionPolicies.get(policy);
  if (!p) {
    const types = Object.fromEntries(FINDING_TYPES.map((t) => {
      const rule = ruleFor(policy, t);
      return [t, { ...rule, enabled: rule.enabled && (rule.action === 'redact' || rule.action === 'redact-and-restrict') }];
    }));
    p = PolicySchema.parse({ ...policy, types });
    redactionPolicies.set(policy, p);
  }
  return p;
}

/** Redacts the fields the decision names, until a rescan finds nothing left to redact. */
export function redactFields(decision: Decision<AnyFinding>, scanned: readonly ScannedField[], policy: Policy, secret: string): RedactedField[] {
  const options = { policy: redactionPolicy(policy), secret, style: policy.tokenStyle };
  const out: RedactedField[] = [];
  for (const { field } of decision.redact) {
    const item = scanned.find((s) => s.field === field)?.item;
    if (!item) continue;
    if (item.kind === 'text') {
      const { text, passes } = redactTextStable(item.text, options);
      out.push({ field, value: text, replaced: passes.flat() });
    } else {
      const { doc, passes } = redactDocumentStable(item.doc, options);
      out.push({ field, value: doc, replaced: passes.flat().filter((f) => f.detector !== 'adf-mention') });
    }
  }
  return out;
}

export function decideFields(policy: Policy, scanned: readonly ScannedField[]): Decision<AnyFinding> {
  return decide(policy, scanned.map((s) => ({ field: s.field, findings: s.findings })));
}
