/**
 * Small labelled form controls the tabs share. UI Kit passes change handlers plain data: Textfield and
 * Toggle get an event-like {target:{value|checked}}, Select gets the chosen option.
 */
import { DynamicTable, Inline, Label, Select, Stack, Text, TextArea, Textfield, Toggle } from '@forge/react';
import { useState } from 'react';

type Target = { target: { value?: string; checked?: boolean } };

export function TextField({ id, label, value, onChange, type, placeholder }: {
  readonly id: string; readonly label: string; readonly value: string; readonly onChange: (v: string) => void;
  readonly type?: 'text' | 'date'; readonly placeholder?: string;
}) {
  return (
    <Stack space="space.050">
      <Label labelFor={id}>{label}</Label>
      <Textfield id={id} name={id} type={type ?? 'text'} value={value} placeholder={placeholder} onChange={(e: Target) => onChange(e.target.value ?? '')} />
    </Stack>
  );
}

export function TextBox({ id, label, value, onChange, rows }: {
  readonly id: string; readonly label: string; readonly value: string; readonly onChange?: (v: string) => void; readonly rows?: number;
}) {
  return (
    <Stack space="space.050">
      <Label labelFor={id}>{label}</Label>
      <TextArea id={id} name={id} value={value} minimumRows={rows ?? 3} isReadOnly={!onChange} onChange={(e: Target) => onChange?.(e.target.value ?? '')} />
    </Stack>
  );
}

/**
 * A comma-separated list (project keys, account ids). The text is kept as typed, so "HC, " does not lose
 * its comma mid-word; `reset` changes when the list is replaced from outside (preset, discard).
 */
export function ListField({ id, label, values, onChange, reset, placeholder }: {
  readonly id: string; readonly label: string; readonly values: readonly string[]; readonly onChange: (v: string[]) => void; readonly reset: number;
  readonly placeholder?: string;
}) {
  const [state, setState] = useState({ reset, text: values.join(', ') });
  const text = state.reset === reset ? state.text : values.join(', ');
  return (
    <TextField id={id} label={label} value={text} placeholder={placeholder ?? 'e.g. HC, CLIN'} onChange={(t) => {
      setState({ reset, text: t });
      onChange(t.split(',').map((s) => s.trim()).filter((s) => s !== ''));
    }} />
  );
}

export function Switch({ label, checked, onChange }: { readonly label: string; readonly checked: boolean; readonly onChange: (v: boolean) => void }) {
  return (
    <Inline space="space.100" alignBlock="center">
      <Toggle label={label} isChecked={checked} onChange={(e: Target) => onChange(e.target.checked === true)} />
      <Text>{label}</Text>
    </Inline>
  );
}

export function Choice<T extends string>({ id, label, value, options, onChange }: {
  readonly id: string; readonly label: string; readonly value: T | undefined;
  readonly options: ReadonlyArray<{ label: string; value: T }>; readonly onChange: (v: T | undefined) => void;
}) {
  return (
    <Stack space="space.050">
      <Label labelFor={id}>{label}</Label>
      <Select inputId={id} options={[...options]} value={options.find((o) => o.value === value) ?? null} isClearable={false}
        onChange={(o: { value: T } | null) => onChange(o?.value)} />
    </Stack>
  );
}

type TableProps = Parameters<typeof DynamicTable>[0];

/**
 * DynamicTable, with the empty case as plain text: emptyView takes a React element, which cannot cross
 * the UI Kit bridge as a prop (the local host reports it), so the page never passes one.
 */
export function Table({ head, rows, empty }: { readonly head: TableProps['head']; readonly rows: NonNullable<TableProps['rows']>; readonly empty?: string }) {
  return rows.length === 0 && empty ? <Text>{empty}</Text> : <DynamicTable head={head} rows={rows} />;
}
