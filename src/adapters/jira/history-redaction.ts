/**
 * Jira issue history purge through the Issue Redaction API (Atlassian Guard Premium):
 * POST /rest/api/3/redact names text ranges by ADF pointer and SHA-256 of the expected text; Jira
 * replaces them with a solid bar in the field and in the last ten days of its history. Without Guard
 * Premium the call answers 403 and the record says the history still holds the old text.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-redaction/
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TextRange } from '../../core/adf';
import { callProduct, jsonOf, route } from '../product-client';

const StatusSchema = z.looseObject({ jobStatus: z.string() });
const POLLS = 10;
const POLL_MS = 300;

const expectedText = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

export interface FieldRanges {
  /** Jira field id: "description", "summary", "customfield_10050". */
  readonly fieldId: string;
  /** Ranges in the field's ADF (pointer into the document) or, for a plain-text field, pointer "". */
  readonly ranges: readonly TextRange[];
}

/** Returns true when Jira redacted the ranges (job completed), false when the site has no Guard Premium. */
export async function purgeFieldHistory(issueId: string, fields: readonly FieldRanges[]): Promise<boolean> {
  const redactions = fields.flatMap((f) => f.ranges.map((r) => ({
    contentItem: { id: issueId, entityType: 'issuefieldvalue', entityId: f.fieldId },
    externalId: randomUUID(),
    reason: 'PHI removed by phi-guard',
    redactionPosition: { ...(r.pointer ? { adfPointer: r.pointer } : {}), expectedText: expectedText(r.text), from: r.from, to: r.to },
  })));
  if (redactions.length === 0) return true;
  const response = await callProduct('jira', 'jira.redact', route`/rest/api/3/redact`, { method: 'POST', body: { redactions }, accept: [403] });
  if (response.status === 403) return false;
  const jobId = z.string().parse(await jsonOf(response));
  for (let i = 0; i < POLLS; i += 1) {
    const status = StatusSchema.parse(await jsonOf(await callProduct('jira', 'jira.redactStatus', route`/rest/api/3/redact/status/${jobId}`)));
    if (status.jobStatus === 'COMPLETED') return true;
    if (status.jobStatus === 'FAILED') return false;
    await sleep(POLL_MS);
  }
  return false;
}
