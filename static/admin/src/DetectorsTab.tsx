/**
 * Custom detectors and the allowlist. A draft detector is tested against its examples as the admin types
 * (debounced, so typing does not flood the resolver); a refused pattern says why at once. Adding saves the
 * detector into the policy; the allowlist stores a keyed fingerprint of the value, never the value.
 */
import { Button, Heading, Inline, Lozenge, SectionMessage, Stack, Text } from '@forge/react';
import { useEffect, useState } from 'react';
import { FINDING_TYPES, type FindingType } from '../../../src/core/finding-types';
import type { CustomDetector, Policy } from '../../../src/core/policy/schema';
import type { DetectorTest } from '../../../src/shared/resolver-contract';
import { api } from './api';
import { Choice, Switch, Table, TextBox, TextField } from './fields';
import { TYPE_LABEL } from './labels';
import type { PolicyState } from './use-policy';

const TEST_DELAY_MS = 400;
const CHECKSUMS = [{ label: 'None', value: 'none' }, { label: 'Luhn (mod 10)', value: 'luhn' }, { label: 'Mod 11 (X = 10)', value: 'mod11' }] as const;
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

interface Draft {
  id: string; type: FindingType; pattern: string; context: string; needsContext: boolean;
  checksum: CustomDetector['checksum']; mustMatch: string; mustNotMatch: string;
}
const EMPTY: Draft = { id: '', type: 'OTHER_ID', pattern: '', context: '', needsContext: true, checksum: 'none', mustMatch: '', mustNotMatch: '' };

function toDetector(d: Draft) {
  return { id: d.id, type: d.type, pattern: d.pattern, context: d.context.split(',').map((w) => w.trim()).filter((w) => w !== ''), needsContext: d.needsContext, checksum: d.checksum };
}

function withDetector(policy: Policy, detector: CustomDetector): Policy {
  return { ...policy, customDetectors: [...policy.customDetectors.filter((c) => c.id !== detector.id), detector] };
}

export function DetectorsTab({ state }: { readonly state: PolicyState }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [test, setTest] = useState<DetectorTest>();
  const [testError, setTestError] = useState<string>();
  const [allowValue, setAllowValue] = useState('');
  const [notice, setNotice] = useState<string>();
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  useEffect(() => {
    if (draft.pattern === '' || draft.id === '' || (draft.mustMatch.trim() === '' && draft.mustNotMatch.trim() === '')) { setTest(undefined); setTestError(undefined); return undefined; }
    const timer = setTimeout(() => {
      void api.testDetector({ detector: toDetector(draft), mustMatch: lines(draft.mustMatch), mustNotMatch: lines(draft.mustNotMatch) }).then((r) => {
        if (r.ok) { setTest(r.data); setTestError(undefined); } else { setTest(undefined); setTestError([r.error.message, ...(r.error.issues ?? [])].join(' ')); }
      });
    }, TEST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const add = async () => {
    const detector = { ...toDetector(draft), caseSensitive: false, score: 0.6 } as CustomDetector;
    // Saved over the stored policy; unsaved edits on the Policy tab are kept and gain the detector too.
    const ok = await state.commit((view) => api.savePolicy({ policy: withDetector(view.policy, detector), revision: view.revision }), (d) => withDetector(d, detector));
    if (ok) { setNotice(`Detector ${detector.id} added to the policy.`); setDraft(EMPTY); }
  };

  const allow = async () => {
    const ok = await state.commit((view) => api.addAllowlistValue({ value: allowValue, revision: view.revision }),
      (d, saved) => ({ ...d, allowlist: { ...d.allowlist, fingerprints: saved.allowlist.fingerprints } }));
    if (ok) { setNotice('Value added to the allowlist (stored as a fingerprint).'); setAllowValue(''); }
  };

  const detectors = state.view?.policy.customDetectors ?? [];
  return (
    <Stack space="space.300">
      {notice ? <SectionMessage appearance="success"><Text>{notice}</Text></SectionMessage> : null}
      <Heading size="small">Custom detectors</Heading>
      <Table
        head={{ cells: [{ key: 'id', content: 'Id' }, { key: 'type', content: 'Reports as' }, { key: 'pattern', content: 'Pattern' }, { key: 'context', content: 'Context words' }] }}
        rows={detectors.map((d) => ({ key: d.id, cells: [{ key: 'id', content: d.id }, { key: 'type', content: TYPE_LABEL[d.type] }, { key: 'pattern', content: d.pattern }, { key: 'context', content: d.context.join(', ') }] }))}
        empty="No custom detectors yet."
      />
      <Heading size="small">Add a detector</Heading>
      <Inline space="space.200" shouldWrap>
        <TextField id="detector-id" label="Detector id" value={draft.id} placeholder="e.g. member-id" onChange={(id) => set({ id })} />
        <Choice id="detector-type" label="Reports as" value={draft.type} options={FINDING_TYPES.map((t) => ({ label: TYPE_LABEL[t], value: t }))} onChange={(v) => set({ type: v ?? 'OTHER_ID' })} />
        <Choice id="detector-checksum" label="Check digit" value={draft.checksum} options={CHECKSUMS} onChange={(v) => set({ checksum: v ?? 'none' })} />
      </Inline>
      <TextField id="detector-pattern" label="Pattern (regular expression)" value={draft.pattern} placeholder="e.g. HX\d{7}" onChange={(pattern) => set({ pattern })} />
      <TextField id="detector-context" label="Context words (comma-separated)" value={draft.context} placeholder="e.g. member, plan" onChange={(context) => set({ context })} />
      <Switch label="Report only when a context word is near" checked={draft.needsContext} onChange={(needsContext) => set({ needsContext })} />
      <Inline space="space.200" grow="fill">
        <TextBox id="must-match" label="Examples that must match (one per line)" value={draft.mustMatch} onChange={(mustMatch) => set({ mustMatch })} />
        <TextBox id="must-not-match" label="Examples that must not match (one per line)" value={draft.mustNotMatch} onChange={(mustNotMatch) => set({ mustNotMatch })} />
      </Inline>
      {testError ? <SectionMessage appearance="error" title="Cannot test this detector"><Text>{testError}</Text></SectionMessage> : null}
      {test?.patternProblem ? <SectionMessage appearance="error" title="Pattern refused"><Text>{test.patternProblem}</Text></SectionMessage> : null}
      {test && !test.patternProblem ? (
        <Table
          head={{ cells: [{ key: 'text', content: 'Example' }, { key: 'expected', content: 'Should' }, { key: 'result', content: 'Result' }] }}
          rows={test.results.map((r, i) => ({ key: `e${i}`, cells: [
            { key: 'text', content: r.text },
            { key: 'expected', content: r.expected === 'match' ? 'match' : 'not match' },
            { key: 'result', content: <Lozenge appearance={r.ok ? 'success' : 'removed'}>{`${r.matched ? 'matched' : 'no match'}${r.ok ? '' : ' (wrong)'}`}</Lozenge> },
          ] }))}
        />
      ) : null}
      <Inline space="space.100">
        <Button appearance="primary" isDisabled={!test?.allOk || state.busy} onClick={() => void add()}>Add detector to policy</Button>
      </Inline>
      <Heading size="small">Allowlist</Heading>
      <Text>{`${state.view?.policy.allowlist.fingerprints.length ?? 0} values allowlisted. They are stored as keyed fingerprints: the policy never holds the value.`}</Text>
      <Inline space="space.100" alignBlock="end">
        <TextField id="allow-value" label="Value never to report (e.g. a clinic's main phone number)" value={allowValue} onChange={setAllowValue} />
        <Button isDisabled={allowValue.trim() === '' || state.busy} onClick={() => void allow()}>Add to allowlist</Button>
      </Inline>
    </Stack>
  );
}
