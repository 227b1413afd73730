/**
 * The app's redaction records as the demo reads and prints them: where and what (product, container,
 * content, field, type, action, detector, score), never the token or fingerprint (a mask token can keep
 * the last digits of the value). Records are stored one per key, so the chain order is rebuilt from the
 * prevHash links, and the chain is verified as an auditor would.
 */
import { z } from 'zod';
import { GENESIS_HASH, verifyChain } from '../../core/records/chain';
import { RedactionRecordSchema } from '../../core/records/record';

/** A record with whatever the store adds around it (the app keeps seq and createdAt for its indexes) dropped. */
const StoredRecordSchema = z.object(RedactionRecordSchema.shape);

/** The stored values in chain order when they form one chain from the genesis hash; otherwise as given. */
export function inChainOrder(values: readonly unknown[]): unknown[] {
  const parsed = values.map((v) => StoredRecordSchema.safeParse(v));
  const records = parsed.flatMap((p) => (p.success ? [p.data] : []));
  if (records.length !== values.length) return [...values];
  const byPrev = new Map(records.map((r, i) => [r.prevHash, i]));
  const order: number[] = [];
  for (let i = byPrev.get(GENESIS_HASH); i !== undefined && order.length < records.length; i = byPrev.get(records[i]!.hash)) order.push(i);
  return order.length === values.length ? order.map((i) => values[i]) : [...values];
}

/** `issueKeys` maps Jira issue ids (what records store) to keys (what people know). */
export function formatRecords(records: readonly unknown[] | undefined, issueKeys: ReadonlyMap<string, string>): string[] {
  if (records === undefined) return ['Redaction records: none (manifest.yml declares no "redaction" entity yet).'];
  if (records.length === 0) return ['Redaction records: none written.'];
  const valid = records.flatMap((r) => {
    const parsed = StoredRecordSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  const lines = [`Redaction records: ${records.length}`];
  if (valid.length < records.length) lines.push(`  ${records.length - valid.length} stored record(s) do not match the record schema (src/core/records/record.ts)`);
  valid.forEach((r, i) => {
    const content = r.contentType === 'issue' ? issueKeys.get(r.contentId) ?? r.contentId : r.contentId;
    const notes = r.notes.length > 0 ? `  [${r.notes.join(', ')}]` : '';
    // Confluence versions are numbers; a Jira issue or comment is versioned by its `updated` time.
    const version = /^\d+$/.test(r.contentVersion) ? `v${r.contentVersion}` : `@${r.contentVersion}`;
    const where = r.path === '' ? r.field : `${r.field} ${r.path}`;
    lines.push(`  ${String(i + 1).padStart(3)}  ${r.product} ${r.container} ${r.contentType} ${content} ${version}  ${where}  ${r.type}  ${r.action}  (${r.detector} ${r.score.toFixed(2)})${notes}`);
  });
  const verdict = verifyChain(valid);
  lines.push(verdict.ok ? `  chain: verified (${verdict.count} records)` : `  chain: broken at record ${verdict.index + 1} (${verdict.problem})`);
  return lines;
}
