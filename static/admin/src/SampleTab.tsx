/**
 * Sample tester: paste text, see what the engine finds (type and score) and the redacted result, with the
 * saved policy or the unsaved draft. The text goes to the resolver only when the admin asks, and nothing
 * is stored or logged; the highlighting is drawn from offsets over the page's own copy of the text.
 */
import { Box, Button, Heading, Inline, Lozenge, Stack, Text } from '@forge/react';
import { useState } from 'react';
import type { ResolverError, SampleResult } from '../../../src/shared/resolver-contract';
import { api } from './api';
import { Switch, Table, TextBox } from './fields';
import { TYPE_LABEL } from './labels';
import { Problem } from './Problem';
import type { PolicyState } from './use-policy';

/** The sample split into plain runs and findings, in order. */
function pieces(text: string, result: SampleResult) {
  const out: Array<{ text: string; finding?: SampleResult['findings'][number] }> = [];
  let at = 0;
  for (const f of [...result.findings].sort((a, b) => a.start - b.start)) {
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export function SampleTab({ state }: { readonly state: PolicyState }) {
  const [text, setText] = useState('');
  const [useDraft, setUseDraft] = useState(false);
  const [result, setResult] = useState<{ text: string; data: SampleResult }>();
  const [error, setError] = useState<ResolverError>();

  const run = async () => {
    const r = await api.testSample({ text, ...(useDraft && state.draft ? { policy: state.draft } : {}) });
    if (r.ok) { setResult({ text, data: r.data }); setError(undefined); } else { setResult(undefined); setError(r.error); }
  };

  return (
    <Stack space="space.300">
      <Text>Paste text to see what phi-guard would find and how it would read after redaction. Nothing you paste is stored or logged.</Text>
      <TextBox id="sample-text" label="Sample text" value={text} rows={5} onChange={setText} />
      <Switch label="Use my unsaved policy changes" checked={useDraft} onChange={setUseDraft} />
      <Inline space="space.100"><Button appearance="primary" isDisabled={text.trim() === ''} onClick={() => void run()}>Test sample</Button></Inline>
      <Problem error={error} />
      {result ? (
        <Stack space="space.200">
          <Heading size="small">{`${result.data.findings.length} findings`}</Heading>
          <Box>
            <Inline space="space.050" shouldWrap alignBlock="center">
              {pieces(result.text, result.data).map((p, i) => (p.finding
                ? <Lozenge key={`p${i}`} appearance="removed" isBold maxWidth={480}>{`${p.text} · ${TYPE_LABEL[p.finding.type]} ${p.finding.score.toFixed(2)}`}</Lozenge>
                : <Text key={`p${i}`}>{p.text}</Text>))}
            </Inline>
          </Box>
          <Table
            head={{ cells: [{ key: 'type', content: 'Type' }, { key: 'score', content: 'Score' }, { key: 'where', content: 'Characters' }, { key: 'detector', content: 'Detector' }] }}
            rows={result.data.findings.map((f, i) => ({ key: `f${i}`, cells: [
              { key: 'type', content: TYPE_LABEL[f.type] }, { key: 'score', content: f.score.toFixed(2) },
              { key: 'where', content: `${f.start}–${f.end}` }, { key: 'detector', content: f.detector },
            ] }))}
          />
          <TextBox id="sample-redacted" label="Redacted result" value={result.data.redacted} rows={5} />
        </Stack>
      ) : null}
    </Stack>
  );
}
