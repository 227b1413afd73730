/**
 * The main job for Jira: fetch -> scan -> decide -> write back -> record.
 *
 * An issue is scanned field by field (summary, description, environment, text custom fields); on an
 * update only the fields the changelog names, so an unrelated edit costs one read and no write. A
 * comment is scanned on its own. Records are written before the content: if the write then fails, the
 * event is redelivered, the same findings give the same record ids, and nothing is recorded twice.
 */
import { recogniseInput, type InputItem } from '../core/input';
import type { RecordNote } from '../core/records/record';
import { appendRecords } from '../adapters/kvs/record-store';
import {
  appAdministersProject, editIssue, getComment, getIssue, makeCommentInternal, setIssueProperty, updateComment,
  type JiraIssueJson,
} from '../adapters/jira/issues';
import { buildRecords, type RecordGroup } from './build-records';
import type { GuardContext, GuardOutcome } from './context';
import { mergeProperty, PHI_PROPERTY_KEY } from './phi-property';
import { decideFields, redactFields, scanFields, type RedactedField } from './scan-fields';

const FIELD_PREFIX = '/fields/';

/** The scannable fields of an issue (comments are scanned through their own events). */
function issueItems(issue: JiraIssueJson, changed: ReadonlySet<string> | undefined): InputItem[] {
  return recogniseInput(issue).items.filter((item) => {
    if (!item.field.startsWith(FIELD_PREFIX) || item.field.startsWith('/fields/comment/')) return false;
    return changed === undefined || changed.has(item.field.slice(FIELD_PREFIX.length));
  });
}

function historyNotes(redacting: boolean, notifyIgnored: boolean): RecordNote[] {
  const notes: RecordNote[] = [];
  if (redacting) notes.push('history-retains-old-text');
  if (redacting && notifyIgnored) notes.push('notify-flag-ignored');
  return notes;
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
  const items = issueItems(issue, changed);
  if (items.length === 0) return { item: issue.key, findings: 0, redacted: 0, wrote: false, skipped: 'unchanged-fields' };

  ctx.budget.check();
  const scanned = scanFields(items, ctx.policy, ctx.secret);
  const decision = decideFields(ctx.policy, scanned);
  if (decision.summary.total === 0) return { item: issue.key, findings: 0, redacted: 0, wrote: false };
  ctx.budget.check();

  const redacted = redactFields(decision, scanned, ctx.policy, ctx.secret);
  const projectKey = issue.fields.project?.key ?? issue.key.split('-')[0] ?? '';
  const notifyIgnored = redacted.length > 0 && !(await appAdministersProject(projectKey));
  const restrict = decision.restrict && ctx.policy.jira.securityLevelId !== undefined;
  const groups: RecordGroup[] = [
    ...redacted.map((r): RecordGroup => ({ field: r.field, findings: r.replaced, action: restrict ? 'redacted-and-restricted' : 'redacted', notes: historyNotes(true, notifyIgnored) })),
    ...decision.fields.filter((f) => !redacted.some((r) => r.field === f.field))
      .map((f): RecordGroup => ({ field: f.field, findings: f.findings, action: decision.tag ? 'tagged' : 'detected', notes: [] })),
  ];
  await appendRecords(buildRecords({
    time: ctx.now().toISOString(), product: 'jira', container: projectKey, contentType: 'issue', contentId: issue.id,
    contentVersion: issue.fields.updated ?? '', policy: ctx.policy, policyVersion: ctx.policyVersion, secret: ctx.secret,
  }, groups), ctx.now().getTime());

  if (decision.tag || redacted.length > 0) {
    await tagIssue(ctx, issue, decision.labels, decision, {
      fields: fieldValues(redacted),
      ...(restrict ? { securityLevelId: ctx.policy.jira.securityLevelId } : {}),
    });
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
  const redacted = redactFields(decision, scanned, ctx.policy, ctx.secret);
  const projectKey = issue.fields.project?.key ?? issue.key.split('-')[0] ?? '';
  const notifyIgnored = redacted.length > 0 && !(await appAdministersProject(projectKey));
  const makeInternal = comment.jsdPublic === true && ctx.policy.jira.makePublicCommentsInternal;
  const notes: RecordNote[] = notifyIgnored ? ['notify-flag-ignored'] : [];
  const groups: RecordGroup[] = redacted.length > 0
    ? redacted.map((r) => ({ field: r.field, findings: r.replaced, action: 'redacted' as const, notes }))
    : decision.fields.map((f) => ({ field: f.field, findings: f.findings, action: decision.tag ? 'tagged' as const : 'detected' as const, notes: [] }));
  await appendRecords(buildRecords({
    time: ctx.now().toISOString(), product: 'jira', container: projectKey, contentType: 'comment', contentId: comment.id,
    contentVersion: comment.updated ?? '', policy: ctx.policy, policyVersion: ctx.policyVersion, secret: ctx.secret,
  }, groups), ctx.now().getTime());

  const body = redacted[0]?.value;
  if (body !== undefined && typeof body !== 'string') await updateComment(issue.id, comment, body);
  if (makeInternal) await makeCommentInternal(comment.id);
  if (decision.tag) await tagIssue(ctx, issue, decision.labels, decision);
  return { item, findings: decision.summary.total, redacted: redacted.reduce((n, r) => n + r.replaced.length, 0), wrote: true };
}
