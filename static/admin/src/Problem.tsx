/** A resolver refusal as an admin reads it: the message, and the field problems under it. */
import { List, ListItem, SectionMessage, Text } from '@forge/react';
import type { ResolverError } from '../../../src/shared/resolver-contract';

const TITLES: Record<ResolverError['code'], string> = {
  FORBIDDEN: 'Administrators only', VALIDATION: 'Please check your input', CONFLICT: 'Someone else changed the policy',
  NOT_FOUND: 'Not found', INTERNAL: 'Something went wrong',
};

export function Problem({ error }: { readonly error?: ResolverError }) {
  if (!error) return null;
  return (
    <SectionMessage appearance={error.code === 'CONFLICT' ? 'warning' : 'error'} title={TITLES[error.code]}>
      <Text>{error.message}</Text>
      {error.issues && error.issues.length > 0 ? (
        <List type="unordered">{error.issues.map((issue) => <ListItem key={issue}>{issue}</ListItem>)}</List>
      ) : null}
    </SectionMessage>
  );
}
