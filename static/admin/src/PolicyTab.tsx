/**
 * Policy: the preset, per-type rules, token style, scope, Jira and Confluence options and alerts. Edits
 * change the draft only; Save sends it with the revision it started from.
 */
import { Box, Button, Heading, Inline, Lozenge, Select, Stack, Text, Toggle } from '@forge/react';
import { FINDING_TYPES, type FindingType } from '../../../src/core/finding-types';
import { ruleFor, type Action, type Policy, type TokenStyle } from '../../../src/core/policy/schema';
import { ACTION_LABEL, TOKEN_LABEL, TYPE_LABEL, option, options } from './labels';
import { Choice, ListField, Switch, Table, TextField } from './fields';
import { Problem } from './Problem';
import type { PolicyState } from './use-policy';

const SCORES = ['0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9'].map((s) => ({ label: s, value: s }));

function typeRow(policy: Policy, type: FindingType, set: (next: Policy) => void) {
  const rule = ruleFor(policy, type);
  const update = (change: Partial<typeof rule>) => set({ ...policy, types: { ...policy.types, [type]: { ...rule, ...change } } });
  return {
    key: type,
    cells: [
      { key: 'type', content: TYPE_LABEL[type] },
      { key: 'on', content: <Toggle label={`Look for ${TYPE_LABEL[type]}`} isChecked={rule.enabled} onChange={(e: { target: { checked?: boolean } }) => update({ enabled: e.target.checked === true })} /> },
      { key: 'score', content: <Select options={SCORES} value={{ label: rule.minScore.toFixed(1), value: rule.minScore.toFixed(1) }} onChange={(o: { value: string }) => update({ minScore: Number(o.value) })} /> },
      { key: 'action', content: <Select options={options(ACTION_LABEL)} value={option(rule.action, ACTION_LABEL)} onChange={(o: { value: Action }) => update({ action: o.value })} /> },
    ],
  };
}

export function PolicyTab({ state }: { readonly state: PolicyState }) {
  const { draft, view } = state;
  if (!draft || !view) return <Problem error={state.error} />;
  const set = state.setDraft;
  const reset = state.generation;
  return (
    <Stack space="space.300">
      <Problem error={state.error} />
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Inline space="space.100" alignBlock="center">
          <Text>{view.revision === 0 ? 'Built-in preset in force (never saved)' : `Saved revision ${view.revision}`}</Text>
          {state.dirty ? <Lozenge appearance="moved">Unsaved changes</Lozenge> : null}
        </Inline>
        <Button onClick={() => set({ ...view.preset })}>Start from the HIPAA Safe Harbor preset</Button>
      </Inline>
      <TextField id="policy-name" label="Policy name" value={draft.name} onChange={(name) => set({ ...draft, name })} />
      <Choice id="token-style" label="How redacted text reads" value={draft.tokenStyle} options={options(TOKEN_LABEL)}
        onChange={(v) => set({ ...draft, tokenStyle: (v ?? 'label') as TokenStyle })} />
      <Heading size="small">Identifier types</Heading>
      <Table
        head={{ cells: [{ key: 'type', content: 'Type' }, { key: 'on', content: 'Look for it' }, { key: 'score', content: 'Minimum score' }, { key: 'action', content: 'Action' }] }}
        rows={FINDING_TYPES.map((t) => typeRow(draft, t, set))}
      />
      <Heading size="small">Scope</Heading>
      <Text>Empty include lists mean everything; exclusions always win.</Text>
      <Inline space="space.200" shouldWrap>
        <ListField id="include-projects" label="Only these Jira projects" values={draft.scope.includeProjects} reset={reset} onChange={(v) => set({ ...draft, scope: { ...draft.scope, includeProjects: v } })} />
        <ListField id="exclude-projects" label="Never these Jira projects" values={draft.scope.excludeProjects} reset={reset} onChange={(v) => set({ ...draft, scope: { ...draft.scope, excludeProjects: v } })} />
        <ListField id="include-spaces" label="Only these Confluence spaces" values={draft.scope.includeSpaces} reset={reset} onChange={(v) => set({ ...draft, scope: { ...draft.scope, includeSpaces: v } })} />
        <ListField id="exclude-spaces" label="Never these Confluence spaces" values={draft.scope.excludeSpaces} reset={reset} onChange={(v) => set({ ...draft, scope: { ...draft.scope, excludeSpaces: v } })} />
      </Inline>
      <Heading size="small">Jira and Confluence</Heading>
      <Switch label="Service desk: make public comments holding PHI internal" checked={draft.jira.makePublicCommentsInternal}
        onChange={(v) => set({ ...draft, jira: { ...draft.jira, makePublicCommentsInternal: v } })} />
      <Switch label="Purge old text from Jira issue history (needs Atlassian Guard Premium)" checked={draft.jira.purgeHistory}
        onChange={(v) => set({ ...draft, jira: { ...draft.jira, purgeHistory: v } })} />
      <Switch label="Delete old Confluence page versions that still hold PHI" checked={draft.confluence.deleteHistoricalVersions}
        onChange={(v) => set({ ...draft, confluence: { ...draft.confluence, deleteHistoricalVersions: v } })} />
      <TextField id="security-level" label="Issue security level id (for Redact and restrict)" value={draft.jira.securityLevelId ?? ''}
        onChange={(v) => { const { securityLevelId: _old, ...jira } = draft.jira; set({ ...draft, jira: v.trim() === '' ? jira : { ...jira, securityLevelId: v.trim() } }); }} />
      <ListField id="alert-recipients" label="Who is alerted (account ids)" values={draft.alerts.recipients} reset={reset} placeholder="e.g. 712020:privacy-officer"
        onChange={(v) => set({ ...draft, alerts: { recipients: v } })} />
      <Box>
        <Inline space="space.100">
          <Button appearance="primary" isDisabled={!state.dirty || state.busy} onClick={() => void state.save()}>Save policy</Button>
          <Button isDisabled={!state.dirty || state.busy} onClick={state.discard}>Discard changes</Button>
          {state.error?.code === 'CONFLICT' ? <Button onClick={() => void state.reload()}>Reload the saved policy</Button> : null}
        </Inline>
      </Box>
    </Stack>
  );
}
