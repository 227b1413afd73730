/**
 * Input kinds: what a file or a REST response is, and which of its fields hold text to scan.
 *
 * Each item names its field as a JSON pointer into the input ("/fields/description",
 * "/fields/comment/comments/0/body", "/body/atlas_doc_format/value"), so redactInput writes each field
 * back where it came from. A field that claims to be ADF (`{"type": "doc", ...}`) but does not validate is
 * listed in `problems` and is never rewritten; a Confluence body that is not ADF at all is scanned as text.
 */
import { isAdfDocument, type AdfNode } from '../adf/types';
import { childPointer } from '../adf/pointer';
import { ConfluenceContentSchema, JiraCommentPageSchema, JiraCommentSchema, JiraIssueSchema, type ConfluenceContent, type JiraIssue } from './schemas';

export type InputItem =
  | { readonly field: string; readonly kind: 'text'; readonly text: string }
  | { readonly field: string; readonly kind: 'adf'; readonly doc: AdfNode };

export type InputKind = 'adf' | 'jira-issue' | 'jira-comments' | 'confluence-content' | 'plain';

export interface InputProblem {
  readonly field: string;
  readonly reason: string;
}

export interface RecognisedInput {
  readonly kind: InputKind;
  readonly items: readonly InputItem[];
  /** Fields that looked like ADF but could not be read; they are reported, never rewritten. */
  readonly problems: readonly InputProblem[];
  /** The JSON value the pointers refer to (the parsed input; a string for plain text). */
  readonly value: unknown;
}

/**
 * Recognises a value: pass the raw text of a file (it is parsed as JSON when it is JSON) or an already
 * parsed value. Anything that is not an ADF document, a Jira issue or a Confluence page/blog
 * post/comment is plain text: a string as it is, any other JSON value as its JSON text.
 */
export function recogniseInput(value: unknown): RecognisedInput {
  const parsed = typeof value === 'string' ? parseJson(value) : { ok: true as const, value };
  if (parsed.ok) {
    const json = parsed.value;
    if (isAdfDocument(json)) return { kind: 'adf', items: [{ field: '', kind: 'adf', doc: json }], problems: [], value: json };
    if (claimsToBeAdf(json)) return { kind: 'adf', items: [], problems: [{ field: '', reason: INVALID_ADF }], value: json };
    const issue = JiraIssueSchema.safeParse(json);
    if (issue.success) return { kind: 'jira-issue', ...jiraItems(issue.data), value: json };
    const content = ConfluenceContentSchema.safeParse(json);
    if (content.success) return { kind: 'confluence-content', ...confluenceItems(content.data), value: json };
    const page = JiraCommentPageSchema.safeParse(json);
    if (page.success) return { kind: 'jira-comments', ...commentItems(page.data.comments, '/comments'), value: json };
    const comment = JiraCommentSchema.safeParse(json);
    if (comment.success) return { kind: 'jira-comments', ...commentItems([comment.data], ''), value: json };
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  return { kind: 'plain', items: [{ field: '', kind: 'text', text }], problems: [], value: text };
}

type Parsed = { ok: true; value: unknown } | { ok: false };

function parseJson(text: string): Parsed {
  if (!/^\s*[[{]/.test(text)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const INVALID_ADF = 'not a valid ADF document';

/** `{"type": "doc", ...}` that failed validation: reported, never read as plain text or rewritten. */
const claimsToBeAdf = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'type' in value && value.type === 'doc';

interface Items {
  readonly items: InputItem[];
  readonly problems: InputProblem[];
}

/** A Jira rich-text field: ADF in REST v3, a plain string in v2 (and in text custom fields). Null means empty. */
function richField(field: string, value: unknown, out: Items): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (value !== '') out.items.push({ field, kind: 'text', text: value });
    return;
  }
  if (isAdfDocument(value)) out.items.push({ field, kind: 'adf', doc: value });
  else if (claimsToBeAdf(value)) out.problems.push({ field, reason: INVALID_ADF });
}

const CUSTOM_FIELD = /^customfield_\d+$/;

function jiraItems(issue: JiraIssue): Items {
  const out: Items = { items: [], problems: [] };
  const { fields } = issue;
  if (fields.summary) out.items.push({ field: '/fields/summary', kind: 'text', text: fields.summary });
  richField('/fields/description', fields.description, out);
  richField('/fields/environment', fields.environment, out);
  for (const [key, value] of Object.entries(fields)) {
    if (CUSTOM_FIELD.test(key)) richField(childPointer('/fields', key), value, out);
  }
  fields.comment?.comments.forEach((comment, i) => {
    richField(childPointer('/fields/comment/comments', i, 'body'), comment.body, out);
  });
  fields.worklog?.worklogs.forEach((worklog, i) => {
    richField(childPointer('/fields/worklog/worklogs', i, 'comment'), worklog.comment, out);
  });
  return out;
}

/** The bodies of Jira comments read on their own: a page of them under `pointer`, or one ('' for the whole input). */
function commentItems(comments: ReadonlyArray<{ readonly body?: unknown }>, pointer: string): Items {
  const out: Items = { items: [], problems: [] };
  comments.forEach((comment, i) => richField(pointer === '' ? '/body' : childPointer(pointer, i, 'body'), comment.body, out));
  return out;
}

export const CONFLUENCE_BODY_FIELD = '/body/atlas_doc_format/value';
const CONFLUENCE_STORAGE_FIELD = '/body/storage/value';

function confluenceItems(content: ConfluenceContent): Items {
  const out: Items = { items: [], problems: [] };
  if (content.title) out.items.push({ field: '/title', kind: 'text', text: content.title });
  const { atlas_doc_format: adfBody, storage } = content.body;
  if (!adfBody) {
    if (storage && storage.value.trim() !== '') out.items.push({ field: CONFLUENCE_STORAGE_FIELD, kind: 'text', text: storage.value });
    return out;
  }
  const raw = adfBody.value;
  if (raw.trim() === '') return out;
  const body = parseJson(raw);
  if (body.ok && isAdfDocument(body.value)) out.items.push({ field: CONFLUENCE_BODY_FIELD, kind: 'adf', doc: body.value });
  else if (body.ok && claimsToBeAdf(body.value)) out.problems.push({ field: CONFLUENCE_BODY_FIELD, reason: INVALID_ADF });
  // Not ADF at all (storage HTML, plain words, other JSON): still page content, so scanned as text.
  else out.items.push({ field: CONFLUENCE_BODY_FIELD, kind: 'text', text: raw });
  return out;
}
