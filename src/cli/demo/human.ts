/**
 * The demo's output for people: per item what the engine detects (types and places, never values), what
 * the app did and what is left, then the totals and the redaction records. Titles and summaries are not
 * printed because they can hold PHI themselves ("charged twice for the 14 Nov visit").
 */
import { plural } from './report';
import type { Detection } from './detect';
import { formatRecords } from './records';
import type { ItemSummary } from './report';
import type { DemoRun } from './run-site';
import type { Seed } from './seed-schema';

const describe = (detections: readonly Detection[]): string =>
  detections.length === 0 ? 'no PHI'
    : detections.map((d) => `${d.where}: ${Object.entries(d.counts).map(([type, n]) => `${type} ${n}`).join(', ')}`).join('; ');

function totals(items: readonly ItemSummary[], pick: (i: ItemSummary) => readonly Detection[]): { items: number; findings: number; byType: string } {
  const byType = new Map<string, number>();
  let withPhi = 0;
  for (const item of items) {
    if (pick(item).length > 0) withPhi += 1;
    for (const d of pick(item)) for (const [type, n] of Object.entries(d.counts)) byType.set(type, (byType.get(type) ?? 0) + (n ?? 0));
  }
  const sorted = [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { items: withPhi, findings: sorted.reduce((s, [, n]) => s + n, 0), byType: sorted.map(([t, n]) => `${t} ${n}`).join(', ') };
}

export function formatHuman(seed: Seed, run: DemoRun, items: readonly ItemSummary[], elapsedMs: number): string {
  const appRuns = run.subscribedEvents.length > 0;
  const projects = seed.jira.projects.map((p) => `${p.key} "${p.name}"${p.serviceDesk ? ' (service desk)' : ''}`);
  const spaces = seed.confluence.spaces.map((s) => `${s.key} "${s.name}"`);
  const lines = [
    `Local Atlassian site: Jira ${projects.join(', ') || '(no projects)'}; Confluence ${spaces.join(', ') || '(no spaces)'}.`,
    appRuns
      ? `App: manifest.yml subscribes handlers to ${run.subscribedEvents.join(', ')}.`
      : 'App: manifest.yml subscribes no handlers to product events yet, so nothing reacts to them. Shown: what the engine detects; nothing was changed.',
    '',
  ];
  const width = Math.max(...items.map((i) => i.id.length), 4);
  for (const item of items) {
    lines.push(`${item.id.padEnd(width)}  ${item.kind} in ${item.container}, ${item.comments}`);
    lines.push(`${''.padEnd(width)}  found  ${describe(item.found)}`);
    if (appRuns) {
      lines.push(`${''.padEnd(width)}  done   ${item.done.length > 0 ? item.done.join('; ') : 'nothing'}`);
      lines.push(`${''.padEnd(width)}  left   ${describe(item.left)}`);
    }
  }
  const found = totals(items, (i) => i.found);
  const left = totals(items, (i) => i.left);
  const changed = items.filter((i) => i.done.length > 0).length;
  const { events, snapshot } = run;
  lines.push(
    '',
    `Found: ${plural(found.findings, 'PHI finding')} in ${found.items} of ${plural(items.length, 'item')}${found.findings > 0 ? ` (${found.byType})` : ''}.`,
    ...(appRuns ? [`Done: the app changed ${plural(changed, 'item')}; left: ${plural(left.findings, 'finding')} in ${plural(left.items, 'item')}.`] : []),
    `Events: ${events.delivered} delivered to handlers, ${events.ignoredSelf} of the app's own ignored, ${events.retried} retried, ${events.failed} failed`
      + `${run.queue.pushed > 0 ? `; queue: ${run.queue.pushed} jobs pushed, ${run.queue.consumed} consumed, ${run.queue.failed} failed` : ''}.`,
    // Handler output is captured, never shown: a log line could carry PHI.
    `Handler log lines: ${run.handlerLogLines} (captured, not shown).`,
    `App API use: ${snapshot.api.calls} calls, ${snapshot.api.writes} writes, ${snapshot.api.rateLimited} rate-limited.`,
    '',
    ...formatRecords(run.records, new Map(snapshot.jira.issues.map((i) => [i.id, i.key]))),
    '',
    `Settled in ${(elapsedMs / 1000).toFixed(1)} s.`,
    '',
  );
  return lines.join('\n');
}
