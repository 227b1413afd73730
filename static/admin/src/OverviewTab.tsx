/** Overview: what phi-guard found lately, where, and what an admin must fix. */
import { BarChart, Heading, Lozenge, SectionMessage, Stack, Text } from '@forge/react';
import { useEffect, useState } from 'react';
import type { Overview, RecordRow, ResolverError } from '../../../src/shared/resolver-contract';
import { api } from './api';
import { RECORD_ACTION_LABEL, TYPE_LABEL } from './labels';
import { Table } from './fields';
import { Problem } from './Problem';

const DAYS = 14;

/** One bar segment per day and type (the chart stacks types by colour); a quiet day still gets its place on the axis. */
const chartData = (o: Overview) => o.days.flatMap((d) => {
  const counts = Object.entries(d.counts);
  if (counts.length === 0) return [{ date: d.date.slice(5), type: 'None', count: 0 }];
  return counts.map(([type, count]) => ({ date: d.date.slice(5), type: TYPE_LABEL[type as keyof typeof TYPE_LABEL], count }));
});

export const activityRow = (r: RecordRow) => ({
  key: `r${r.seq}`,
  cells: [
    { key: 'time', content: r.time.replace('T', ' ').slice(0, 16) },
    { key: 'where', content: `${r.container} ${r.contentType} ${r.contentId}` },
    { key: 'type', content: TYPE_LABEL[r.type] },
    { key: 'action', content: <Lozenge appearance={r.action.startsWith('redacted') ? 'success' : 'default'}>{RECORD_ACTION_LABEL[r.action]}</Lozenge> },
  ],
});

export const ACTIVITY_HEAD = { cells: [{ key: 'time', content: 'When (UTC)' }, { key: 'where', content: 'Where' }, { key: 'type', content: 'Type' }, { key: 'action', content: 'Action' }] };

export function OverviewTab({ revision }: { readonly revision?: number }) {
  const [overview, setOverview] = useState<Overview>();
  const [error, setError] = useState<ResolverError>();
  useEffect(() => {
    if (revision === undefined) return; // wait for the policy: its revision is what reloads this tab
    void api.getOverview({ days: DAYS }).then((r) => (r.ok ? setOverview(r.data) : setError(r.error)));
  }, [revision]);
  if (error) return <Problem error={error} />;
  if (!overview) return <Text>Loading…</Text>;
  return (
    <Stack space="space.300">
      {overview.warnings.map((w) => (
        <SectionMessage key={w.id} appearance={w.severity} title={w.title}><Text>{w.body}</Text></SectionMessage>
      ))}
      <Text>{`${overview.totals.records} findings recorded, ${overview.totals.redacted} of them redacted.`}</Text>
      <BarChart title={`Detections per day by type, last ${DAYS} days`} data={chartData(overview)} xAccessor="date" yAccessor="count" colorAccessor="type" />
      <Heading size="small">Top projects and spaces</Heading>
      <Table
        head={{ cells: [{ key: 'where', content: 'Project or space' }, { key: 'product', content: 'Product' }, { key: 'count', content: 'Findings' }] }}
        rows={overview.topContainers.map((c) => ({
          key: `${c.product}-${c.container}`,
          cells: [{ key: 'where', content: c.container }, { key: 'product', content: c.product === 'jira' ? 'Jira' : 'Confluence' }, { key: 'count', content: String(c.count) }],
        }))}
        empty="Nothing found yet."
      />
      <Heading size="small">Recent activity</Heading>
      <Table head={ACTIVITY_HEAD} rows={overview.recent.map(activityRow)} empty="No activity yet." />
    </Stack>
  );
}
