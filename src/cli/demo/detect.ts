/**
 * What the engine detects in one demo item, as types and counts per place: never the matched text, so the
 * demo can show what PHI an item holds without printing it. The same parts are read from the seeded
 * content (what the user wrote) and from the site's final state (what is left after the app ran).
 */
import { isDeepStrictEqual } from 'node:util';
import { isRewritable, scanDocument, type AdfNode } from '../../core/adf';
import type { FindingType } from '../../core/finding-types';
import type { Policy } from '../../core/policy/schema';
import { scanText } from '../../core/scan';

/** One place in an item that holds user text: a field, a body, a comment. */
export interface Part {
  readonly where: string;
  readonly content: string | AdfNode | null | undefined;
}

export interface Detection {
  readonly where: string;
  readonly counts: Partial<Record<FindingType, number>>;
}

const CUSTOM_FIELD = /^customfield_\d+$/;

/** The text parts of a Jira issue in a fixed order (the site keeps fields in its own order): summary, description, environment, custom fields, comments. */
export function issueParts(fields: Readonly<Record<string, unknown>>, comments: ReadonlyArray<{ body: AdfNode; public?: boolean }>): Part[] {
  const textFields = ['summary', 'description', 'environment', ...Object.keys(fields).filter((k) => CUSTOM_FIELD.test(k)).sort()];
  return [
    ...textFields.map((k) => ({ where: k, content: fields[k] as Part['content'] })),
    ...comments.map((c, i) => ({ where: `comment ${i + 1}`, content: c.body })),
  ];
}

/** The text parts of a Confluence page or blog post: title, body, then comments in order. */
export function pageParts(page: { title: string; body: AdfNode; comments?: ReadonlyArray<{ body: AdfNode }> }): Part[] {
  return [
    { where: 'title', content: page.title },
    { where: 'body', content: page.body },
    ...(page.comments ?? []).map((c, i) => ({ where: `comment ${i + 1}`, content: c.body })),
  ];
}

/** Detections per part, only the parts where something was found. */
export function detect(parts: readonly Part[], policy: Policy, secret: string): Detection[] {
  const out: Detection[] = [];
  for (const part of parts) {
    if (part.content === null || part.content === undefined) continue;
    // Mentions point at user accounts, not patients: the app never rewrites them (core/decide), so they
    // are neither "found" nor "left" here.
    const findings = (typeof part.content === 'string'
      ? scanText(part.content, { policy, secret })
      : scanDocument(part.content, { policy, secret })).filter(isRewritable);
    if (findings.length === 0) continue;
    const counts: Partial<Record<FindingType, number>> = {};
    for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
    out.push({ where: part.where, counts });
  }
  return out;
}

/** Whether a part's content is the same in two states; key order does not count (the site may reorder keys). */
export const sameContent = (a: Part['content'], b: Part['content']): boolean => isDeepStrictEqual(a ?? null, b ?? null);
