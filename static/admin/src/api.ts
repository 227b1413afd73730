/**
 * Every call the page makes to its resolver, in one place, typed by the shared contract. A call that
 * cannot reach the resolver at all comes back as an INTERNAL error in the same envelope, so tabs handle
 * one shape.
 */
import { makeInvoke } from '@forge/bridge';
import type { AdminDefinitions, PayloadInput, Result } from '../../../src/shared/resolver-contract';

const invoke = makeInvoke<AdminDefinitions>();

type Key = keyof AdminDefinitions;
type Data<K extends Key> = ReturnType<AdminDefinitions[K]> extends Result<infer T> ? T : never;

async function call<K extends Key>(key: K, payload: PayloadInput<K>): Promise<Result<Data<K>>> {
  try {
    return (await (invoke as (k: K, p: PayloadInput<K>) => Promise<unknown>)(key, payload)) as Result<Data<K>>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'The admin page could not reach phi-guard. Reload the page and try again.' } };
  }
}

export const api = {
  getOverview: (p: PayloadInput<'getOverview'>) => call('getOverview', p),
  getPolicy: () => call('getPolicy', {}),
  savePolicy: (p: PayloadInput<'savePolicy'>) => call('savePolicy', p),
  getPolicyHistory: () => call('getPolicyHistory', {}),
  restorePolicy: (p: PayloadInput<'restorePolicy'>) => call('restorePolicy', p),
  testDetector: (p: PayloadInput<'testDetector'>) => call('testDetector', p),
  addAllowlistValue: (p: PayloadInput<'addAllowlistValue'>) => call('addAllowlistValue', p),
  testSample: (p: PayloadInput<'testSample'>) => call('testSample', p),
  listRecords: (p: PayloadInput<'listRecords'>) => call('listRecords', p),
};
