/**
 * Redaction records: the audit trail of what phi-guard found and did. A record holds types, locations,
 * detector ids, scores and a keyed fingerprint of the value, never the matched text (DEVELOPERS.md,
 * "PHI hygiene is the product"). Keys are deterministic, so a redelivered event writes no duplicate.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FindingTypeSchema } from '../finding-types';

export const ProductSchema = z.enum(['jira', 'confluence']);
export type Product = z.infer<typeof ProductSchema>;

export const RecordActionSchema = z.enum(['detected', 'tagged', 'redacted', 'redacted-and-restricted', 'made-internal', 'history-purged']);
export type RecordAction = z.infer<typeof RecordActionSchema>;

/** Facts about what could not be done, stated so an auditor is not misled. */
export const RecordNoteSchema = z.enum([
  'history-retains-old-text', // Jira keeps the old field text in the issue history (no Guard Premium purge)
  'history-purged', // Guard Premium redaction replaced the old text in the field's recent history (ten days)
  'notify-flag-ignored', // the site ignored notifyUsers=false: watchers may have been e-mailed
  'concurrent-edit-retried', // a user edit landed between read and write; re-read and re-applied
  'mention-not-rewritten', // a mention points at a user account; reported, never rewritten
]);
export type RecordNote = z.infer<typeof RecordNoteSchema>;

export const RedactionRecordSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  time: z.string(),
  product: ProductSchema,
  /** Jira project key or Confluence space key. */
  container: z.string(),
  contentType: z.enum(['issue', 'comment', 'page', 'blogpost', 'footer-comment', 'inline-comment']),
  contentId: z.string(),
  contentVersion: z.string(),
  /** The field ("/fields/description", "title", "body") and the block or attribute path inside it. */
  field: z.string(),
  path: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: FindingTypeSchema,
  detector: z.string(),
  score: z.number().min(0).max(1),
  action: RecordActionSchema,
  /** The token that replaced the value (a label, mask or pseudonym: never the value). */
  token: z.string().optional(),
  /** HMAC-SHA256 of the canonical value under the installation secret. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  notes: z.array(RecordNoteSchema),
  policyVersion: z.number().int().nonnegative(),
  /** Hash of the record before this one in the chain, and of this record (see chain.ts). */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
}).strict();
export type RedactionRecord = z.infer<typeof RedactionRecordSchema>;

/** A record before it joins the chain. */
export type UnchainedRecord = Omit<RedactionRecord, 'id' | 'prevHash' | 'hash'>;

/**
 * The deterministic id: the same finding in the same version of the same content always gets the same
 * id, so a second delivery of an event finds its records already written.
 */
export function recordId(r: Pick<UnchainedRecord, 'product' | 'contentId' | 'contentVersion' | 'field' | 'path' | 'start' | 'end' | 'type' | 'action'>): string {
  const key = [r.product, r.contentId, r.contentVersion, r.field, r.path, r.start, r.end, r.type, r.action].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
