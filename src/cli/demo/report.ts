/**
 * What a demo run found and did. `buildReport` is the `--json` document of ../shared/spec/demo-seed.md
 * (jira, confluence, records, events, api; plus added fields: detections, queue, app, notifications).
 * `summarise` compares each seeded item with its final state on the site, for the human output: what the
 * engine detects in the seeded content, what the app changed, and what PHI is left.
 */
import { APP_ACCOUNT_ID, type SiteSnapshot } from '../../../test/local-site/emulator';
import type { Policy } from '../../core/policy/schema';
import { detect, issueParts, pageParts, sameContent, type Detection, type Part } from './detect';
import type { DemoRun } from './run-site';
import type { Seed } from './seed-schema';

export interface ItemSummary {
  /** HC-1, or a Confluence content id. */
  readonly id: string;
  readonly kind: 'issue' | 'page' | 'blogpost';
  /** The project or space key. */
  readonly container: string;
  /** How many comments, e.g. "2 comments (1 public, 1 internal)". */
  readonly comments: string;
  /** In the seeded content, before the app ran. */
  readonly found: readonly Detection[];
  /** What the app changed, read from the final state (labels, properties, rewrites, restrictions, versions). */
  readonly done: readonly string[];
  /** In the final content. */
  readonly left: readonly Detection[];
}

type SnapshotIssue = SiteSnapshot['jira']['issues'][number];
type SnapshotPage = SiteSnapshot['confluence']['pages'][number];

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Parts whose content the app rewrote (compared by place). */
function rewritten(before: readonly Part[], after: readonly Part[]): string[] {
  const final = new Map(after.map((p) => [p.where, p.content]));
  return before.filter((p) => !sameContent(p.content, final.get(p.where))).map((p) => p.where);
}

const newLabels = (before: readonly string[], after: readonly string[]): string[] => after.filter((l) => !before.includes(l));

function issueDone(seed: Seed['jira']['issues'][number], final: SnapshotIssue, before: Part[], after: Part[]): string[] {
  const done: string[] = [];
  const labels = newLabels(seed.fields.labels ?? [], (final.fields.labels as string[] | undefined) ?? []);
  if (labels.length > 0) done.push(`labelled ${labels.join(', ')}`);
  const security = final.fields.security as { name?: string } | null | undefined;
  if (security) done.push(`security level "${security.name ?? '?'}"`);
  for (const key of Object.keys(final.properties)) done.push(`property ${key}`);
  const changed = rewritten(before, after);
  if (changed.length > 0) done.push(`rewrote ${changed.join(', ')}`);
  seed.comments?.forEach((c, i) => {
    const now = final.comments[i];
    if (now && c.public !== false && !now.public) done.push(`made comment ${i + 1} internal`);
    if (now?.visibility) done.push(`restricted comment ${i + 1}`);
  });
  // Jira keeps the old value of an edited field in the changelog (fromString); say so rather than imply it is gone.
  const kept = new Set(final.history.filter((h) => h.author === APP_ACCOUNT_ID)
    .flatMap((h) => h.items).filter((item) => item.fromString && item.field !== 'labels' && item.field !== 'security').map((item) => item.field));
  if (kept.size > 0) done.push(`issue history still holds the old ${[...kept].join(', ')} (Jira keeps edited text)`);
  return done;
}

function pageDone(final: SnapshotPage, before: Part[], after: Part[]): string[] {
  const done: string[] = [];
  if (final.labels.length > 0) done.push(`labelled ${final.labels.join(', ')}`);
  for (const key of Object.keys(final.properties)) done.push(`property ${key}`);
  const changed = rewritten(before, after);
  if (changed.length > 0) done.push(`rewrote ${changed.join(', ')}`);
  if (final.version > 1) done.push(`now version ${final.version}, ${plural(final.versions.length, 'older version')} kept`);
  // Deleting a version rolls it into the next and renumbers (Confluence v1), so a rewritten page with no
  // older version left means the versions that held PHI were deleted.
  if (changed.length > 0 && final.versions.length === 0) done.push('older versions holding PHI deleted');
  return done;
}

export function summarise(seed: Seed, snapshot: SiteSnapshot, policy: Policy, secret: string): ItemSummary[] {
  const out: ItemSummary[] = [];
  for (const issue of seed.jira.issues) {
    const final = snapshot.jira.issues.find((i) => i.key === issue.key);
    if (!final) throw new Error(`issue ${issue.key} is missing from the site`);
    const comments = issue.comments ?? [];
    const before = issueParts(issue.fields, comments);
    const after = issueParts(final.fields, final.comments);
    const internal = comments.filter((c) => c.public === false).length;
    out.push({
      id: issue.key, kind: 'issue', container: issue.key.slice(0, issue.key.lastIndexOf('-')),
      comments: `${plural(comments.length, 'comment')}${internal > 0 ? ` (${comments.length - internal} public, ${internal} internal)` : ''}`,
      found: detect(before, policy, secret), done: issueDone(issue, final, before, after), left: detect(after, policy, secret),
    });
  }
  for (const page of seed.confluence.pages) {
    const final = snapshot.confluence.pages.find((p) => p.id === page.id);
    if (!final) throw new Error(`page ${page.id} is missing from the site`);
    const before = pageParts(page);
    const after = pageParts(final);
    out.push({
      id: page.id, kind: page.type ?? 'page', container: page.space, comments: plural(page.comments?.length ?? 0, 'comment'),
      found: detect(before, policy, secret), done: pageDone(final, before, after), left: detect(after, policy, secret),
    });
  }
  return out;
}

/** The `--json` report. */
export function buildReport(run: DemoRun, items: readonly ItemSummary[]) {
  const { snapshot, events } = run;
  return {
    jira: { issues: snapshot.jira.issues },
    confluence: { pages: snapshot.confluence.pages },
    records: run.records ?? [],
    events: { delivered: events.delivered, ignoredSelf: events.ignoredSelf, retried: events.retried, failed: events.failed, duplicated: events.duplicated },
    api: { calls: snapshot.api.calls, writes: snapshot.api.writes, rateLimited: snapshot.api.rateLimited, writesPerItem: snapshot.api.writesPerItem },
    queue: run.queue,
    app: { subscribedEvents: run.subscribedEvents, recordEntityDeclared: run.records !== undefined },
    /** Types and counts the engine finds in the seeded content (never the values). */
    detections: items.map((i) => ({ item: i.id, found: i.found, left: i.left })),
    notifications: snapshot.notifications,
  };
}
