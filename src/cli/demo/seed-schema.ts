/**
 * The demo's seed file (../shared/spec/demo-seed.md): the Jira projects and issues and the Confluence spaces
 * and pages that the demo creates on the local site. Objects are strict, so a misspelt field is an error
 * that names it rather than content that silently never appears.
 *
 * Keys and ids must be the ones the site will assign (issue keys numbered from 1 per project, Confluence
 * ids from 1001, both in file order): the site numbers what it is given, as Jira and Confluence do, and a
 * seed that says HC-7 must produce HC-7 or the report would not match the file.
 */
import { z } from 'zod';
import { AdfDocumentSchema } from '../../core/adf';

/** The first content id the local Confluence assigns (test/local-site/emulator/README.md). */
export const FIRST_CONFLUENCE_ID = 1001;

const CUSTOM_FIELD = /^customfield_\d+$/;
const KNOWN_FIELDS = new Set(['summary', 'description', 'environment', 'labels']);

const JiraFieldsSchema = z.object({
  summary: z.string().min(1).max(255),
  description: AdfDocumentSchema.nullable().optional(),
  environment: AdfDocumentSchema.nullable().optional(),
  // Jira refuses labels with spaces; saying so here beats a 400 from the site halfway through the run.
  labels: z.array(z.string().regex(/^\S+$/, 'a label has no spaces')).optional(),
}).catchall(z.unknown()).superRefine((fields, ctx) => {
  // Custom fields are checked here rather than by catchall(), whose type would also have to admit labels.
  for (const [key, value] of Object.entries(fields)) {
    if (KNOWN_FIELDS.has(key)) continue;
    if (!CUSTOM_FIELD.test(key)) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'unknown field: use summary, description, environment, labels or customfield_NNNNN' });
    } else if (typeof value !== 'string' && !AdfDocumentSchema.safeParse(value).success) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'a custom field holds a string or an ADF document' });
    }
  }
});

const JiraCommentSchema = z.strictObject({
  body: AdfDocumentSchema,
  /** Service-desk projects only: false makes it an internal comment. Default true. */
  public: z.boolean().optional(),
});

const JiraIssueSchema = z.strictObject({
  key: z.string().regex(/^[A-Z][A-Z0-9]*-[1-9]\d*$/, 'an issue key looks like HC-1'),
  fields: JiraFieldsSchema,
  comments: z.array(JiraCommentSchema).optional(),
});

const JiraProjectSchema = z.strictObject({
  key: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'a project key is 2-10 capital letters or digits, starting with a letter'),
  name: z.string().min(1),
  serviceDesk: z.boolean().optional(),
});

const PageSchema = z.strictObject({
  id: z.string().regex(/^\d+$/, 'a Confluence content id is a number in a string, e.g. "1001"'),
  type: z.enum(['page', 'blogpost']).optional(),
  space: z.string(),
  title: z.string().min(1).max(255),
  body: AdfDocumentSchema,
  comments: z.array(z.strictObject({ body: AdfDocumentSchema })).optional(),
});

const SpaceSchema = z.strictObject({ key: z.string().regex(/^[A-Za-z0-9]+$/, 'a space key is letters and digits'), name: z.string().min(1) });

export const SeedSchema = z.strictObject({
  jira: z.strictObject({
    projects: z.array(JiraProjectSchema).default([]),
    issues: z.array(JiraIssueSchema).default([]),
  }).default({ projects: [], issues: [] }),
  confluence: z.strictObject({
    spaces: z.array(SpaceSchema).default([]),
    pages: z.array(PageSchema).default([]),
  }).default({ spaces: [], pages: [] }),
}).superRefine((seed, ctx) => {
  // Cross-references and numbering: the checks a flat schema cannot make.
  const projects = new Map(seed.jira.projects.map((p) => [p.key, p]));
  const nextNumber = new Map<string, number>();
  seed.jira.issues.forEach((issue, i) => {
    const projectKey = issue.key.slice(0, issue.key.lastIndexOf('-'));
    const project = projects.get(projectKey);
    if (!project) {
      ctx.addIssue({ code: 'custom', path: ['jira', 'issues', i, 'key'], message: `no project "${projectKey}" in jira.projects` });
      return;
    }
    const expected = `${projectKey}-${nextNumber.get(projectKey) ?? 1}`;
    nextNumber.set(projectKey, (nextNumber.get(projectKey) ?? 1) + 1);
    if (issue.key !== expected) {
      ctx.addIssue({ code: 'custom', path: ['jira', 'issues', i, 'key'], message: `expected ${expected}: issue keys are numbered from 1 per project in file order, as the site assigns them` });
    }
    issue.comments?.forEach((comment, c) => {
      if (comment.public === false && !project.serviceDesk) {
        ctx.addIssue({ code: 'custom', path: ['jira', 'issues', i, 'comments', c, 'public'], message: `internal comments need a service-desk project ("serviceDesk": true on ${projectKey})` });
      }
    });
  });
  const spaces = new Set(seed.confluence.spaces.map((s) => s.key));
  seed.confluence.pages.forEach((page, i) => {
    if (!spaces.has(page.space)) ctx.addIssue({ code: 'custom', path: ['confluence', 'pages', i, 'space'], message: `no space "${page.space}" in confluence.spaces` });
    const expected = String(FIRST_CONFLUENCE_ID + i);
    if (page.id !== expected) {
      ctx.addIssue({ code: 'custom', path: ['confluence', 'pages', i, 'id'], message: `expected "${expected}": pages and blog posts are numbered from ${FIRST_CONFLUENCE_ID} in file order, as the site assigns them` });
    }
  });
  for (const [list, key] of [[seed.jira.projects, 'projects'], [seed.confluence.spaces, 'spaces']] as const) {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (seen.has(entry.key)) ctx.addIssue({ code: 'custom', path: [key === 'projects' ? 'jira' : 'confluence', key, i, 'key'], message: `duplicate key "${entry.key}"` });
      seen.add(entry.key);
    });
  }
});

export type Seed = z.infer<typeof SeedSchema>;
export type SeedIssue = Seed['jira']['issues'][number];
export type SeedPage = Seed['confluence']['pages'][number];

/** Parses a seed; the error is one line naming the first bad field, e.g. `jira.issues.2.fields.description: ...`. */
export function parseSeed(value: unknown): { ok: true; seed: Seed } | { ok: false; problem: string } {
  const result = SeedSchema.safeParse(value);
  if (result.success) return { ok: true, seed: result.data };
  const issue = result.error.issues[0]!;
  // A misspelt field is reported at the field itself, not at the object that holds it.
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const path = [...issue.path, ...(unknown !== undefined ? [unknown] : [])].map(String).join('.');
  const message = unknown !== undefined ? 'unknown field' : issue.message;
  return { ok: false, problem: `${path === '' ? '(top level)' : path}: ${message}` };
}
