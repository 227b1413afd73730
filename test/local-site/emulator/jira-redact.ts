/**
 * Jira issue redaction (Atlassian Guard Premium): POST /rest/api/3/redact answers 202 with a job id, then
 * GET /rest/api/3/redact/status/{jobId} reports the job. Without Guard Premium both answer 403.
 * A redaction names a text range in a field or comment; `expectedText` is the Base64 of the SHA-256 of
 * that text (Atlassian's example is the Base64 of the hex digest, so both encodings are accepted). The
 * range becomes a solid bar of the same length (so later ranges in the same text node stay valid), in the
 * current value and in the field's changelog from the past ten days, as Guard documents.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-redaction/
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getAt, setAt } from '../../../src/core/adf/pointer';
import type { Call, Reply } from './http';
import { jiraError, ok, parseBody } from './http';
import type { Route } from './router';
import type { SiteState } from './state';

const Redaction = z.object({
  contentItem: z.object({ id: z.string(), entityType: z.enum(['issuefieldvalue', 'issue-comment', 'issue-worklog']), entityId: z.string() }).strict(),
  externalId: z.uuid(),
  reason: z.string(),
  redactionPosition: z.object({ adfPointer: z.string().optional(), expectedText: z.string(), from: z.number().int().min(0), to: z.number().int().min(0) }).strict(),
}).strict();

const RedactBody = z.object({ redactions: z.array(Redaction).min(1) }).strict();

export const BAR = '\u2588';
const HISTORY_WINDOW_MS = 10 * 86_400_000;

const noGuard = () => jiraError(403, ['Atlassian Guard Premium is required to redact content.']);

function hashMatches(text: string, expected: string): boolean {
  const digest = createHash('sha256').update(text, 'utf8').digest();
  return expected === digest.toString('base64') || expected === Buffer.from(digest.toString('hex')).toString('base64');
}

/** Redacts one range; false when the target, the range or the expected text does not match. */
function redactOne(state: SiteState, r: z.infer<typeof Redaction>): boolean {
  const issue = state.issue(r.contentItem.id);
  if (!issue || r.contentItem.entityType === 'issue-worklog') return false;
  const { from, to, adfPointer, expectedText } = r.redactionPosition;
  const holder: { value: unknown } = r.contentItem.entityType === 'issue-comment'
    ? { value: issue.comments.find((c) => c.id === r.contentItem.entityId)?.body }
    : { value: issue.fields[r.contentItem.entityId] };
  const pointer = adfPointer ?? '';
  const text = pointer === '' ? holder.value : getAt(holder.value, pointer);
  if (typeof text !== 'string' || to <= from || to > text.length) return false;
  const target = text.slice(from, to);
  if (!hashMatches(target, expectedText)) return false;
  const redacted = text.slice(0, from) + BAR.repeat(to - from) + text.slice(to);
  if (pointer === '') holder.value = redacted; else setAt(holder.value, pointer, redacted);

  // Comment bodies are ADF objects, changed in place through the pointer; Jira keeps no comment history.
  if (r.contentItem.entityType === 'issue-comment') return true;
  issue.fields[r.contentItem.entityId] = holder.value;
  const since = state.now().getTime() - HISTORY_WINDOW_MS;
  for (const entry of issue.history.filter((h) => h.created.getTime() >= since)) {
    for (const item of entry.items.filter((i) => i.fieldId === r.contentItem.entityId)) {
      if (item.fromString !== undefined) item.fromString = item.fromString.split(target).join(BAR.repeat(target.length));
      if (item.toString !== undefined) item.toString = item.toString.split(target).join(BAR.repeat(target.length));
    }
  }
  return true;
}

function redact(call: Call): Reply {
  if (!call.state.settings.guardPremium) return noGuard();
  const parsed = parseBody(call, RedactBody);
  if ('reply' in parsed) return parsed.reply;
  const id = randomUUID();
  const results = parsed.value.redactions.map((r) => ({ externalId: r.externalId, successful: redactOne(call.state, r) }));
  call.state.redactionJobs.set(id, { id, results, pollsBeforeDone: 1 });
  return ok(id, 202);
}

function status(call: Call): Reply {
  if (!call.state.settings.guardPremium) return noGuard();
  const job = call.state.redactionJobs.get(call.params.jobId ?? '');
  if (!job) return jiraError(404, ['The redaction job was not found.']);
  if (job.pollsBeforeDone > 0) {
    job.pollsBeforeDone -= 1;
    return ok({ jobStatus: 'IN_PROGRESS' });
  }
  return ok({ jobStatus: 'COMPLETED', bulkRedactionResponse: { results: job.results } });
}

export const jiraRedactRoutes: readonly Route[] = [
  { method: 'POST', pattern: '/rest/api/3/redact', handler: redact },
  { method: 'GET', pattern: '/rest/api/3/redact/status/{jobId}', handler: status },
];
