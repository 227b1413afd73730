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

/**
 * How deeply `content` arrays may nest. Jira and Confluence documents are a few dozen levels deep at
 * most (doc > table > row > cell > list > item > paragraph > ...); a deeper value is hostile or broken.
 * The recursive schema and the recursive walks over documents would overflow the stack on it
 * ("Maximum call stack size exceeded" at about a thousand levels), so it is refused first.
 */
export const MAX_ADF_DEPTH = 100;

/** Whether `content` nests deeper than MAX_ADF_DEPTH under `value`, measured without recursion. */
function nestsTooDeep(value: unknown): boolean {
  const stack: Array<{ readonly node: unknown; readonly depth: number }> = [{ node: value, depth: 1 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.depth > MAX_ADF_DEPTH) return true;
    const content = typeof top.node === 'object' && top.node !== null ? (top.node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push({ node: child, depth: top.depth + 1 });
  }
  return false;
}

const DEPTH_MESSAGE = `an ADF document nests at most ${MAX_ADF_DEPTH} levels of content`;

/**
 * A whole document: `{"type": "doc", "version": 1, "content": [...]}`. The depth is checked before the
 * recursive parse, which never runs on a too-deep value.
 */
export const AdfDocumentSchema = z.unknown().superRefine((value, ctx) => {
  if (nestsTooDeep(value)) ctx.addIssue({ code: 'custom', message: DEPTH_MESSAGE, fatal: true });
}).pipe(AdfNodeSchema).refine((node) => node.type === 'doc' && Array.isArray(node.content), {
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
