/**
 * The main job for Confluence: fetch -> scan -> decide -> write back -> record, for pages, blog posts
 * and their footer and inline comments.
 *
 * Confluence has no ignoreSelf, and our own update fires `updated:page` again: the handler skips
 * events whose actor is the app, and a rescan of redacted content finds nothing, so nothing is
 * written twice. An update carries version + 1; a 409 means a user saved in between, so the content is
 * re-read and redacted again, and the user's edit survives. Historical versions that still hold PHI
 * are deleted when the policy says so (Confluence keeps every version otherwise).
 */
import { isRewritable, scanDocument, type AdfNode } from '../core/adf';
import type { InputItem } from '../core/input';
import { inScope } from '../core/policy/scope';
import type { RecordNote } from '../core/records/record';
import { VersionConflictError } from '../adapters/errors';
import { appendRecords } from '../adapters/kvs/record-store';
import {
  addLabels, deleteVersion, getComment, getContent, historicalVersions, setContentProperty, updateComment, updateContent,
  type CommentKind, type ConfluenceItem, type ContentKind,
} from '../adapters/confluence/content';
import { buildRecords, recordGroups } from './build-records';
import type { GuardContext, GuardOutcome } from './context';
import { mergeProperty, PHI_PROPERTY_KEY } from './phi-property';
import { decideFields, redactFields, scanFields } from './scan-fields';

const MAX_CONFLICT_RETRIES = 3;

function contentItems(item: ConfluenceItem): InputItem[] {
  const items: InputItem[] = [];
  if (item.title) items.push({ field: '/title', kind: 'text', text: item.title });
  if (item.doc) items.push({ field: '/body', kind: 'adf', doc: item.doc });
  return items;
}

/** Deletes the historical versions that still hold PHI (each is read and scanned); returns how many. */
async function purgeHistory(ctx: GuardContext, kind: ContentKind, id: string, currentVersion: number): Promise<number> {
  let deleted = 0;
  for (const version of await historicalVersions(kind, id, currentVersion)) {
    const old = await getContent(kind, id, version);
    const holdsPhi = (old.doc ? scanDocument(old.doc, { policy: ctx.policy, secret: ctx.secret }) : [])
      .some(isRewritable);
    if (holdsPhi) {
      await deleteVersion(id, version);
      deleted += 1;
    }
  }
  return deleted;
}

export async function guardConfluenceContent(ctx: GuardContext, kind: ContentKind, id: string, spaceKey: string): Promise<GuardOutcome> {
  if (!inScope(ctx.policy, 'confluence', spaceKey)) return { item: `${kind} ${id}`, findings: 0, redacted: 0, wrote: false, skipped: 'out-of-scope' };
  let notes: RecordNote[] = [];
  for (let attempt = 0; ; attempt += 1) {
    const item = await getContent(kind, id);
    ctx.budget.check();
    const scanned = scanFields(contentItems(item), ctx.policy, ctx.secret);
    const decision = decideFields(ctx.policy, scanned);
    if (decision.summary.total === 0) return { item: `${kind} ${id}`, findings: 0, redacted: 0, wrote: false };

    const redacted = redactFields(decision, scanned, ctx.policy, ctx.secret);
    const groups = recordGroups(decision, redacted, 'redacted', notes);
    await appendRecords(buildRecords({
      time: ctx.now().toISOString(), product: 'confluence', container: spaceKey, contentType: kind, contentId: id,
      contentVersion: String(item.version), policy: ctx.policy, policyVersion: ctx.policyVersion, secret: ctx.secret,
    }, groups), ctx.now().getTime());

    if (redacted.length > 0) {
      const title = redacted.find((r) => r.field === '/title')?.value;
      const body = redacted.find((r) => r.field === '/body')?.value;
      try {
        await updateContent(kind, item, typeof title === 'string' ? title : item.title, (body ?? item.doc) as AdfNode);
      } catch (e) {
        if (e instanceof VersionConflictError && attempt < MAX_CONFLICT_RETRIES) {
          notes = ['concurrent-edit-retried'];
          continue;
        }
        throw e;
      }
    }
    if (decision.tag) {
      await addLabels(id, decision.labels);
      await setContentProperty(kind, id, PHI_PROPERTY_KEY, (previous) => mergeProperty(previous, decision, ctx.now().toISOString(), ctx.policyVersion));
    }
    if (redacted.length > 0 && ctx.policy.confluence.deleteHistoricalVersions) {
      ctx.budget.check();
      await purgeHistory(ctx, kind, id, item.version + 1);
    }
    return { item: `${kind} ${id}`, findings: decision.summary.total, redacted: redacted.reduce((n, r) => n + r.replaced.length, 0), wrote: true };
  }
}

export async function guardConfluenceComment(
  ctx: GuardContext, kind: CommentKind, id: string, container: { kind: ContentKind; id: string } | undefined, spaceKey: string,
): Promise<GuardOutcome> {
  if (!inScope(ctx.policy, 'confluence', spaceKey)) return { item: `${kind} comment ${id}`, findings: 0, redacted: 0, wrote: false, skipped: 'out-of-scope' };
  let notes: RecordNote[] = [];
  for (let attempt = 0; ; attempt += 1) {
    const comment = await getComment(kind, id);
    ctx.budget.check();
    const items: InputItem[] = comment.doc ? [{ field: '/body', kind: 'adf', doc: comment.doc }] : [];
    const scanned = scanFields(items, ctx.policy, ctx.secret);
    const decision = decideFields(ctx.policy, scanned);
    if (decision.summary.total === 0) return { item: `${kind} comment ${id}`, findings: 0, redacted: 0, wrote: false };

    const redacted = redactFields(decision, scanned, ctx.policy, ctx.secret);
    const groups = recordGroups(decision, redacted, 'redacted', notes);
    await appendRecords(buildRecords({
      time: ctx.now().toISOString(), product: 'confluence', container: spaceKey, contentType: `${kind}-comment`, contentId: id,
      contentVersion: String(comment.version), policy: ctx.policy, policyVersion: ctx.policyVersion, secret: ctx.secret,
    }, groups), ctx.now().getTime());

    const body = redacted[0]?.value;
    if (body !== undefined && typeof body !== 'string') {
      try {
        await updateComment(comment, body);
      } catch (e) {
        if (e instanceof VersionConflictError && attempt < MAX_CONFLICT_RETRIES) {
          notes = ['concurrent-edit-retried'];
          continue;
        }
        throw e;
      }
    }
    if (decision.tag && container) {
      await addLabels(container.id, decision.labels);
      await setContentProperty(container.kind, container.id, PHI_PROPERTY_KEY, (previous) => mergeProperty(previous, decision, ctx.now().toISOString(), ctx.policyVersion));
    }
    return { item: `${kind} comment ${id}`, findings: decision.summary.total, redacted: redacted.reduce((n, r) => n + r.replaced.length, 0), wrote: true };
  }
}
