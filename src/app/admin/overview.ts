/**
 * The overview tab: detections per day by type, the busiest projects and spaces, recent activity, and the
 * health warnings an admin must act on. Warnings come from facts the handlers already record (record notes,
 * the cached project-admin answer) rather than extra product calls on every page view.
 */
import { allRecords, type StoredRecord } from '../../adapters/kvs/record-store';
import type { FindingType } from '../../core/finding-types';
import type { HealthWarning, Overview } from '../../shared/resolver-contract';
import { toRow } from './records';

const DAY_MS = 86_400_000;

function warnings(records: readonly StoredRecord[], policyRevision: number): HealthWarning[] {
  const out: HealthWarning[] = [];
  const noted = (note: StoredRecord['notes'][number]) => records.some((r) => r.notes.includes(note));
  if (noted('notify-flag-ignored')) {
    out.push({ id: 'notify-flag-ignored', severity: 'warning', title: 'Watchers may be e-mailed PHI',
      body: 'phi-guard lacks the Administer Projects permission in some projects, so Jira ignores its request not to notify '
        + 'watchers when it redacts. Grant the app Administer Projects in those projects.' });
  }
  if (noted('history-retains-old-text')) {
    out.push({ id: 'history-purge-unavailable', severity: 'warning', title: 'Jira issue history still holds redacted text',
      body: 'Purging old text from the issue history needs Atlassian Guard Premium, which this site does not have. '
        + 'Redacted values remain visible in the History tab of affected issues.' });
  }
  if (policyRevision === 0) {
    out.push({ id: 'policy-never-saved', severity: 'warning', title: 'The policy has never been saved',
      body: 'The built-in HIPAA Safe Harbor preset is in force. Review it on the Policy tab and save it, so the site has a recorded policy.' });
  }
  out.push({ id: 'restricted-containers', severity: 'information', title: 'Restricted projects and spaces send no events',
    body: 'Atlassian sends the app no events for projects or spaces the app cannot see (restricted from its default group). '
      + 'Only a backfill scan covers them.' });
  return out;
}

export async function overview(days: number, now: Date, policyRevision: number): Promise<Overview> {
  const records = await allRecords();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const series = Array.from({ length: days }, (_, i) => ({ date: new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10), counts: {} as Partial<Record<FindingType, number>> }));
  const byDate = new Map(series.map((d) => [d.date, d.counts]));
  const containers = new Map<string, { product: StoredRecord['product']; container: string; count: number }>();
  for (const r of records) {
    const counts = byDate.get(r.time.slice(0, 10));
    if (counts) counts[r.type] = (counts[r.type] ?? 0) + 1;
    const key = `${r.product}:${r.container}`;
    const c = containers.get(key) ?? { product: r.product, container: r.container, count: 0 };
    containers.set(key, { ...c, count: c.count + 1 });
  }
  return {
    days: series,
    topContainers: [...containers.values()].sort((a, b) => b.count - a.count || a.container.localeCompare(b.container)).slice(0, 5),
    recent: records.slice(-10).reverse().map(toRow),
    warnings: warnings(records, policyRevision),
    totals: { records: records.length, redacted: records.filter((r) => r.action.startsWith('redacted')).length },
  };
}
