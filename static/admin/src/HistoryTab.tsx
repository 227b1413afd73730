/** Policy history: who changed what and when, as a readable diff, with restore. */
import { Button, Inline, Stack, Text } from '@forge/react';
import { useEffect, useState } from 'react';
import type { DiffLine, HistoryEntry, ResolverError } from '../../../src/shared/resolver-contract';
import { api } from './api';
import { Table } from './fields';
import { Problem } from './Problem';
import type { PolicyState } from './use-policy';

const CHANGE_LABEL: Record<HistoryEntry['change'], string> = { save: 'Saved', restore: 'Restored', allowlist: 'Allowlist value added' };
/** A side with no value was not set: the default applied, or the detector did not exist. */
const diffText = (d: DiffLine) => `${d.path}: ${d.before ?? '(not set)'} → ${d.after ?? '(not set)'}`;

export function HistoryTab({ state }: { readonly state: PolicyState }) {
  const [history, setHistory] = useState<readonly HistoryEntry[]>();
  const [error, setError] = useState<ResolverError>();
  const revision = state.view?.revision;
  useEffect(() => {
    if (revision === undefined) return;
    void api.getPolicyHistory().then((r) => (r.ok ? setHistory(r.data) : setError(r.error)));
  }, [revision]);

  const restore = (to: number) => state.commit((view) => api.restorePolicy({ revision: to, currentRevision: view.revision }));
  if (error) return <Problem error={error} />;
  if (!history) return <Text>Loading…</Text>;
  return (
    <Stack space="space.300">
      <Problem error={state.error} />
      <Table
        head={{ cells: ['Revision', 'When (UTC)', 'Who', 'Change', 'What changed', ''].map((c, i) => ({ key: `h${i}`, content: c })) }}
        rows={history.map((h) => ({ key: `rev${h.revision}`, cells: [
          { key: 'h0', content: String(h.revision) }, { key: 'h1', content: h.at.replace('T', ' ').slice(0, 16) }, { key: 'h2', content: h.accountId },
          { key: 'h3', content: CHANGE_LABEL[h.change] },
          { key: 'h4', content: <Stack space="space.050">{h.diff.length === 0 ? <Text>No change</Text> : h.diff.slice(0, 12).map((d) => <Text key={d.path}>{diffText(d)}</Text>)}{h.diff.length > 12 ? <Text>{`…and ${h.diff.length - 12} more`}</Text> : null}</Stack> },
          { key: 'h5', content: h.revision === revision ? <Text>In force</Text> : <Button isDisabled={state.busy} onClick={() => void restore(h.revision)}>{`Restore revision ${h.revision}`}</Button> },
        ] }))}
        empty="The policy has not been changed on this site yet."
      />
      <Inline space="space.100"><Button isDisabled={state.busy || revision === 0} onClick={() => void restore(0)}>Restore the built-in preset</Button></Inline>
    </Stack>
  );
}
