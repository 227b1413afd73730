/**
 * Records: the redaction records with filters, paged by the storage cursor (Next / First page), a CSV of
 * every match to copy, and the hash chain's verification result.
 */
import { Button, Inline, SectionMessage, Stack, Text } from '@forge/react';
import { useEffect, useState } from 'react';
import { FINDING_TYPES, type FindingType } from '../../../src/core/finding-types';
import type { RecordAction } from '../../../src/core/records/record';
import type { RecordsPage, ResolverError } from '../../../src/shared/resolver-contract';
import { api } from './api';
import { Choice, Table, TextBox, TextField } from './fields';
import { RECORD_ACTION_LABEL, TYPE_LABEL, options } from './labels';
import { Problem } from './Problem';

const PAGE_SIZE = 10;
const ANY = { label: 'Any', value: '' } as const;

interface Filters { product: '' | 'jira' | 'confluence'; container: string; type: '' | FindingType; action: '' | RecordAction; from: string; to: string }
const NO_FILTERS: Filters = { product: '', container: '', type: '', action: '', from: '', to: '' };

/** Dates are whole days in UTC: "to" includes the whole day. */
function query(f: Filters) {
  return {
    ...(f.product ? { product: f.product } : {}), ...(f.container.trim() ? { container: f.container.trim() } : {}),
    ...(f.type ? { type: f.type } : {}), ...(f.action ? { action: f.action } : {}),
    ...(f.from ? { from: `${f.from}T00:00:00.000Z` } : {}), ...(f.to ? { to: `${f.to}T23:59:59.999Z` } : {}),
  };
}

export function RecordsTab({ revision }: { readonly revision?: number }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState<RecordsPage & { number: number }>();
  const [csv, setCsv] = useState<string>();
  const [error, setError] = useState<ResolverError>();

  const load = async (cursor?: string, number = 1) => {
    const r = await api.listRecords({ ...query(filters), pageSize: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    if (r.ok) { setPage({ ...r.data, number }); setError(undefined); } else setError(r.error);
  };
  const exportCsv = async () => {
    const r = await api.listRecords({ ...query(filters), pageSize: 1, csv: true });
    if (r.ok) setCsv(r.data.csv); else setError(r.error);
  };
  // First load; filters apply when the admin presses Apply, not on every keystroke.
  useEffect(() => { if (revision !== undefined) void load(); }, [revision]);

  const set = (change: Partial<Filters>) => setFilters({ ...filters, ...change });
  return (
    <Stack space="space.300">
      <Inline space="space.200" shouldWrap alignBlock="end">
        <Choice id="filter-product" label="Product" value={filters.product} options={[ANY, { label: 'Jira', value: 'jira' }, { label: 'Confluence', value: 'confluence' }]} onChange={(v) => set({ product: v ?? '' })} />
        <TextField id="filter-container" label="Project or space key" value={filters.container} onChange={(container) => set({ container })} />
        <Choice id="filter-type" label="Type" value={filters.type} options={[ANY, ...FINDING_TYPES.map((t) => ({ label: TYPE_LABEL[t], value: t }))]} onChange={(v) => set({ type: v ?? '' })} />
        <Choice id="filter-action" label="Action" value={filters.action} options={[ANY, ...options(RECORD_ACTION_LABEL)]} onChange={(v) => set({ action: v ?? '' })} />
        <TextField id="filter-from" label="From (UTC day)" type="date" value={filters.from} onChange={(from) => set({ from })} />
        <TextField id="filter-to" label="To (UTC day)" type="date" value={filters.to} onChange={(to) => set({ to })} />
      </Inline>
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void load()}>Apply filters</Button>
        <Button onClick={() => { setFilters(NO_FILTERS); setCsv(undefined); }}>Clear filters</Button>
        <Button onClick={() => void exportCsv()}>Export CSV</Button>
      </Inline>
      <Problem error={error} />
      {page ? (
        <SectionMessage appearance={page.chain.ok ? 'success' : 'error'} title={page.chain.ok ? 'Hash chain verified' : 'Hash chain broken'}>
          <Text>{page.chain.ok ? `All ${page.chain.count} records are intact and in order.` : `Verification failed: ${page.chain.problem ?? ''}.`}</Text>
        </SectionMessage>
      ) : null}
      {page ? (
        <Table
          head={{ cells: ['#', 'When (UTC)', 'Where', 'Field', 'Type', 'Score', 'Action', 'Token', 'Notes'].map((c) => ({ key: c, content: c })) }}
          rows={page.rows.map((r) => ({ key: `r${r.seq}`, cells: [
            { key: '#', content: String(r.seq) }, { key: 'When (UTC)', content: r.time.replace('T', ' ').slice(0, 16) },
            { key: 'Where', content: `${r.product === 'jira' ? 'Jira' : 'Confluence'} ${r.container} ${r.contentType} ${r.contentId}` },
            { key: 'Field', content: r.field }, { key: 'Type', content: TYPE_LABEL[r.type] }, { key: 'Score', content: r.score.toFixed(2) },
            { key: 'Action', content: RECORD_ACTION_LABEL[r.action] }, { key: 'Token', content: r.token ?? '' }, { key: 'Notes', content: r.notes.join(', ') },
          ] }))}
          empty="No records match these filters."
        />
      ) : <Text>Loading…</Text>}
      {page ? (
        <Inline space="space.100" alignBlock="center">
          <Text>{`Page ${page.number}`}</Text>
          <Button isDisabled={page.number === 1} onClick={() => void load()}>First page</Button>
          <Button isDisabled={!page.nextCursor} onClick={() => void load(page.nextCursor, page.number + 1)}>Next page</Button>
        </Inline>
      ) : null}
      {csv !== undefined ? <TextBox id="records-csv" label="CSV (select all and copy)" value={csv} rows={8} /> : null}
    </Stack>
  );
}
