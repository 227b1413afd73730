/**
 * Reading and changing the site policy from the admin page. Every change goes through commitPolicy:
 * optimistic concurrency on the revision the admin started from, and a history entry (who, when, diff,
 * the policies before and after) that is the commit point (adapters/kvs/policy-history.ts).
 */
import { HIPAA_SAFE_HARBOR } from '../../core/policy/defaults';
import { parsePolicy } from '../../core/policy/parse';
import type { Policy } from '../../core/policy/schema';
import { allowlistFingerprint } from '../../core/fingerprint';
import { normalise } from '../../core/normalise/normalise';
import { createHistoryEntry, listHistory, readHistoryEntry } from '../../adapters/kvs/policy-history';
import { loadPolicy, savePolicy } from '../../adapters/kvs/policy-store';
import { installationSecret } from '../../adapters/kvs/secret';
import type { HistoryEntry, PolicyView } from '../../shared/resolver-contract';
import { AdminError } from './errors';
import { policyDiff } from './policy-diff';

export interface Actor { readonly accountId: string; readonly now: Date }

export async function policyView(): Promise<PolicyView> {
  const { policy, revision } = await loadPolicy();
  return { policy, revision, preset: HIPAA_SAFE_HARBOR };
}

/** Parses a policy from the page, with the schema's problems as the error's issues. */
export function parseDraft(value: unknown): Policy {
  const parsed = parsePolicy(value);
  if (!parsed.ok) throw new AdminError('VALIDATION', 'The policy has problems; nothing was saved.', parsed.problems);
  return parsed.policy;
}

const conflict = (yours: number, theirs: number) => new AdminError('CONFLICT',
  `Another administrator saved the policy (revision ${theirs}) after you opened revision ${yours}. `
  + 'Reload to see their change, then make yours again.');

async function commitPolicy(next: Policy, fromRevision: number, change: HistoryEntry['change'], actor: Actor): Promise<PolicyView> {
  const current = await loadPolicy();
  const pending = await readHistoryEntry(current.revision + 1);
  if (pending) {
    // A save committed its history entry but stopped before writing the policy: finish it first.
    await savePolicy(pending.policy, pending.revision);
    throw conflict(fromRevision, pending.revision);
  }
  if (current.revision !== fromRevision) throw conflict(fromRevision, current.revision);
  const revision = current.revision + 1;
  const created = await createHistoryEntry({
    revision, at: actor.now.toISOString(), accountId: actor.accountId, change,
    diff: policyDiff(current.policy, next), previous: current, policy: next,
  });
  if (!created) throw conflict(fromRevision, revision);
  await savePolicy(next, revision);
  return { policy: next, revision, preset: HIPAA_SAFE_HARBOR };
}

export async function saveDraft(draft: unknown, fromRevision: number, actor: Actor): Promise<PolicyView> {
  return commitPolicy(parseDraft(draft), fromRevision, 'save', actor);
}

/** Puts back the policy saved at `revision` (0: the built-in preset) as a new revision. */
export async function restoreRevision(revision: number, fromRevision: number, actor: Actor): Promise<PolicyView> {
  const policy = revision === 0 ? HIPAA_SAFE_HARBOR : (await readHistoryEntry(revision))?.policy;
  if (!policy) throw new AdminError('NOT_FOUND', `There is no saved policy revision ${revision}.`);
  return commitPolicy(policy, fromRevision, 'restore', actor);
}

/** Adds a value to the allowlist as a keyed fingerprint: the stored policy never holds the value itself. */
export async function allowValue(value: string, fromRevision: number, actor: Actor): Promise<PolicyView> {
  const { policy } = await loadPolicy();
  const fp = allowlistFingerprint(await installationSecret(), normalise(value).text);
  if (policy.allowlist.fingerprints.includes(fp)) throw new AdminError('VALIDATION', 'That value is on the allowlist already.');
  const next: Policy = { ...policy, allowlist: { ...policy.allowlist, fingerprints: [...policy.allowlist.fingerprints, fp] } };
  return commitPolicy(next, fromRevision, 'allowlist', actor);
}

/** History for the page: without the stored policies, which the page does not need to show a diff. */
export async function policyHistory(): Promise<HistoryEntry[]> {
  return (await listHistory()).map(({ revision, at, accountId, change, diff }) => ({ revision, at, accountId, change, diff }));
}
