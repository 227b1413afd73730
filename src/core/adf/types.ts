/**
 * The ADF shapes this layer reads: any node with a `type`, optional `attrs`, `content`, `marks`, `text`,
 * and whatever else a newer schema or a third-party macro adds (kept, never dropped). Parsed with zod at
 * the boundary so nothing downstream casts JSON.
 */
import { z } from 'zod';

export interface AdfMark {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

export interface AdfNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly AdfNode[];
  readonly marks?: readonly AdfMark[];
  readonly text?: string;
  readonly [key: string]: unknown;
}

export const AdfMarkSchema: z.ZodType<AdfMark> = z.looseObject({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const AdfNodeSchema: z.ZodType<AdfNode> = z.lazy(() => z.looseObject({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
  content: z.array(AdfNodeSchema).optional(),
  marks: z.array(AdfMarkSchema).optional(),
  text: z.string().optional(),
}));

/** A whole document: `{"type": "doc", "version": 1, "content": [...]}`. */
export const AdfDocumentSchema = AdfNodeSchema.refine((node) => node.type === 'doc' && Array.isArray(node.content), {
  message: 'an ADF document has type "doc" and a content array',
});

/**
 * True when `value` is an ADF document. Callers then use the value itself rather than zod's output,
 * because zod rebuilds objects with the schema's keys first: the original key order is what keeps a
 * redacted document byte-identical outside its matches.
 */
export function isAdfDocument(value: unknown): value is AdfNode {
  return AdfDocumentSchema.safeParse(value).success;
}
