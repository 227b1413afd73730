/**
 * The main job for Jira: fetch -> scan -> decide -> write back -> record.
 *
 * An issue is scanned field by field (summary, description, environment, text custom fields); on an
 * update only the fields the changelog names, so an unrelated edit costs one read and no write. A
 * comment is scanned on its own. Records are written before the content: if the write then fails, the
 * event is redelivered, the same findings give the same record ids, and nothing is recorded twice.
 */
import { findingRanges, type DocumentFinding } from '../core/adf';
import { recogniseInput, type InputItem } from '../core/input';
import { inScope } from '../core/policy/scope';
import type { RecordNote } from '../core/records/record';
import { appendRecords } from '../adapters/kvs/record-store';
import { cachedAppAdministersProject as appAdministersProject } from '../adapters/jira/project-admin';
import {
  editIssue, getComment, getIssue, makeCommentInternal, notifyRecipients, setIssueProperty, updateComment,
  type JiraIssueJson,
} from '../adapters/jira/issues';
import { purgeFieldHistory, type FieldRanges } from '../adapters/jira/history-redaction';
import { buildRecords, recordGroups } from './build-records';
import type { GuardContext, GuardOutcome } from './context';
import { mergeProperty, PHI_PROPERTY_KEY } from './phi-property';
import type { Decision } from '../core/decide/decide';
import { decideFields, redactFields, scanFields, type AnyFinding, type RedactedField, type ScannedField } from './scan-fields';

const FIELD_PREFIX = '/fields/';

const projectKeyOf = (issue: JiraIssueJson): string => issue.fields.project?.key ?? issue.key.split('-')[0] ?? '';

/** The scannable fields of an issue (comments are scanned through their own events). */
function issueItems(issue: JiraIssueJson, changed: ReadonlySet<string> | undefined): InputItem[] {
  return recogniseInput(issue).items.filter((item) => {
    if (!item.field.startsWith(FIELD_PREFIX) || item.field.startsWith('/fields/comment/')) return false;
    return changed === undefined || changed.has(item.field.slice(FIELD_PREFIX.length));
  });
}

function historyNotes(purged: boolean, notifyIgnored: boolean): RecordNote[] {
  const notes: RecordNote[] = [purged ? 'history-purged' : 'history-retains-old-text'];
  if (notifyIgnored) notes.push('notify-flag-ignored');
  return notes;
}

/**
 * The ranges of the fields about to be redacted, as they stand in the issue now (first-pass findings
 * only: later passes' offsets refer to text the site never held).
 */
function rangesOf(scanned: readonly ScannedField[], toRedact: Decision<AnyFinding>['redact']): FieldRanges[] {
  return toRedact.flatMap((r) => {
    const item = scanned.find((x) => x.field === r.field)?.item;
    if (!item) return [];
    const fieldId = r.field.slice(FIELD_PREFIX.length);
    if (item.kind === 'text') return [{ fieldId, ranges: r.findings.map((f) => ({ pointer: '', from: f.start, to: f.end, text: f.text })) }];
    return [{ fieldId, ranges: findingRanges(item.doc, r.findings.filter((f): f is DocumentFinding => 'path' in f)) }];
  });
}

/** E-mails the policy's alert recipients: issue key and types only, never the values. */
async function alert(ctx: GuardContext, issue: JiraIssueJson, types: readonly string[], what: string): Promise<void> {
  const recipients = ctx.policy.alerts.recipients;
  if (recipients.length === 0) return;
  await notifyRecipients(issue.id, recipients, `phi-guard: PHI ${what} in ${issue.key}`,
    `phi-guard found ${types.join(', ')} in ${issue.key} and ${what} it. The redaction records on the phi-guard admin page say where.`);
}

async function tagIssue(ctx: GuardContext, issue: JiraIssueJson, labels: readonly string[], decision: Parameters<typeof mergeProperty>[1], extra: { fields?: Record<string, unknown>; securityLevelId?: string } = {}): Promise<void> {
  const have = new Set(issue.fields.labels ?? []);
  const addLabels = labels.filter((l) => !have.has(l));
  if (addLabels.length > 0 || Object.keys(extra.fields ?? {}).length > 0 || extra.securityLevelId) {
    await editIssue(issue.id, { fields: extra.fields ?? {}, addLabels, ...(extra.securityLevelId ? { securityLevelId: extra.securityLevelId } : {}) });
  }
  const previous = issue.properties?.[PHI_PROPERTY_KEY];
  await setIssueProperty(issue.id, PHI_PROPERTY_KEY, mergeProperty(previous, decision, ctx.now().toISOString(), ctx.policyVersion));
}

/**
 * Scans an issue's fields. `changedFields` are Jira field ids from the event's changelog; undefined
 * means all (a created issue, a backfill).
 */
export async function guardJiraIssue(ctx: GuardContext, issueIdOrKey: string, changedFields?: readonly string[]): Promise<GuardOutcome> {
  const changed = changedFields ? new Set(changedFields) : undefined;
  const issue = await getIssue(issueIdOrKey, [PHI_PROPERTY_KEY]);
  if (!inScope(ctx.policy, 'jira', projectKeyOf(issue))) return { item: issue.key, findings: 0, redacted: 0, wrote: false, skipped: 'out-of-scope' };
  const items = issueItems(issue, changed);
  if (items.length === 0) return { item: issue.key, findings: 0, redacted: 0, wrote: false, skipped: 'unchanged-fields' };

  ctx.budget.check();
  const scanned = scanFields(items, ctx.policy, ctx.secret);
  const decision = decideFields(ctx.policy, scanned);
  if (decision.summary.total === 0) return { item: issue.key, findings: 0, redacted: 0, wrote: false };
  ctx.budget.check();

  const redacted = redactFields(decision, scanned, ctx.policy, ctx.secret);
  const projectKey = projectKeyOf(issue);
  const notifyIgnored = redacted.length > 0 && !(await appAdministersProject(projectKey));
  const restrict = decision.restrict && ctx.policy.jira.securityLevelId !== undefined;
  // Guard Premium purges the old text from the field's recent history; it must run before our edit,
  // while the field still holds the text it is asked to find.
  const purged = redacted.length > 0 && ctx.policy.jira.purgeHistory && await purgeFieldHistory(issue.id, rangesOf(scanned, decision.redact));
  const groups = recordGroups(decision, redacted, restrict ? 'redacted-and-restricted' : 'redacted', historyNotes(purged, notifyIgnored));
  await appendRecords(buildRecords({
    time: ctx.now().toISOString(), product: 'jira', container: projectKey, contentType: 'issue', contentId: issue.id,
    contentVersion: issue.fields.updated ?? '', policy: ctx.policy, policyVersion: ctx.policyVersion, secret: ctx.secret,
  }, groups), ctx.now().getTime());

  if (decision.tag || redacted.length > 0) {
    await tagIssue(ctx, issue, decision.labels, decision, {
      fields: fieldValues(redacted),
      ...(restrict ? { securityLevelId: ctx.policy.jira.securityLevelId } : {}),
    });
    await alert(ctx, issue, decision.summary.types, redacted.length > 0 ? 'redacted' : 'tagged');
  }
  return { item: issue.key, findings: decision.summary.total, redacted: redacted.reduce((n, r) => n + r.replaced.length, 0), wrote: decision.tag || redacted.length > 0 };
}

function fieldValues(redacted: readonly RedactedField[]): Record<string, unknown> {
  return Object.fromEntries(redacted.map((r) => [r.field.slice(FIELD_PREFIX.length), r.value]));
}

/** Scans one comment (created or edited): redacts it in place, keeps its visibility, makes it internal if public. */
export async function guardJiraComment(ctx: GuardContext, issueIdOrKey: string, commentId: string): Promise<GuardOutcome> {
  const comment = await getComment(issueIdOrKey, commentId);
  // REST v3 comment bodies are ADF; anything else is not ours to rewrite.
  const items = recogniseInput(comment.body).items.filter((i) => i.kind === 'adf').map((i) => ({ ...i, field: '/body' }));
  ctx.budget.check();
  const scanned = scanFields(items, ctx.policy, ctx.secret);
  const decision = decideFields(ctx.policy, scanned);
  const item = `comment ${commentId}`;
  if (decision.summary.total === 0) return { item, findings: 0, redacted: 0, wrote: false };

  const issue = await getIssue(issueIdOrKey, [PHI_PROPERTY_KEY]);
  const projectKey = projectKeyOf(issue);
  if (!inScope(ctx.policy, 'jira', projectKey)) return { item, findings: 0, redacted: 0, wrote: false, skipped: 'out-of-scope' };
  const redacted = redactFields(decision, scanned, ctx.policy, ctx.secret);
  const notifyIgnored = redacted.length > 0 && !(await appAdministersProject(projectKey));
  const makeInternal = comment.jsdPublic === true && ctx.policy.jira.makePublicCommentsInternal;
  const notes: RecordNote[] = notifyIgnored ? ['notify-flag-ignored'] : [];
  const groups = recordGroups(decision, redacted, 'redacted', notes);
  await appendRecords(buildRecords({
    time: ctx.now().toISOString(), product: 'jira', container: projectKey, contentType: 'comment', contentId: comment.id,
    contentVersion: comment.updated ?? '', policy: ctx.policy, policyVersion: ctx.policyVersion, secret: ctx.secret,
  }, groups), ctx.now().getTime());

  const body = redacted[0]?.value;
  if (body !== undefined && typeof body !== 'string') await updateComment(issue.id, comment, body);
  if (makeInternal) await makeCommentInternal(comment.id);
  if (decision.tag) await tagIssue(ctx, issue, decision.labels, decision);
  if (decision.tag || redacted.length > 0) await alert(ctx, issue, decision.summary.types, redacted.length > 0 ? 'redacted' : 'tagged');
  return { item, findings: decision.summary.total, redacted: redacted.reduce((n, r) => n + r.replaced.length, 0), wrote: true };
}
