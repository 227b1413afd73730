/**
 * The policy as the page holds it: the saved view (with its revision) and the admin's unsaved draft.
 * Saves send the revision the draft started from, so a concurrent change by another admin is refused by
 * the resolver (CONFLICT) rather than overwritten; the page then offers to reload.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Policy } from '../../../src/core/policy/schema';
import type { PolicyView, ResolverError, Result } from '../../../src/shared/resolver-contract';
import { api } from './api';

export interface PolicyState {
  readonly view?: PolicyView;
  readonly draft?: Policy;
  readonly dirty: boolean;
  readonly error?: ResolverError;
  readonly busy: boolean;
  /** Bumped whenever the draft is replaced from outside the form (load, preset, discard), to reset text fields. */
  readonly generation: number;
  setDraft(next: Policy): void;
  save(): Promise<void>;
  reload(): Promise<void>;
  discard(): void;
  /** Runs a change that returns a new saved view (restore, allowlist, add detector) and adopts it. */
  commit(run: (view: PolicyView) => Promise<Result<PolicyView>>, keepDraft?: (draft: Policy, saved: Policy) => Policy): Promise<boolean>;
}

export function usePolicy(): PolicyState {
  const [view, setView] = useState<PolicyView>();
  const [draft, setDraftState] = useState<Policy>();
  const [error, setError] = useState<ResolverError>();
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);

  const adopt = useCallback((next: PolicyView, nextDraft: Policy = next.policy) => {
    setView(next);
    setDraftState(nextDraft);
    setGeneration((g) => g + 1);
  }, []);

  const reload = useCallback(async () => {
    setBusy(true);
    const r = await api.getPolicy();
    setBusy(false);
    if (r.ok) { adopt(r.data); setError(undefined); } else setError(r.error);
  }, [adopt]);

  useEffect(() => { void reload(); }, [reload]);

  const commit: PolicyState['commit'] = async (run, keepDraft) => {
    if (!view) return false;
    setBusy(true);
    const r = await run(view);
    setBusy(false);
    if (!r.ok) { setError(r.error); return false; }
    setError(undefined);
    adopt(r.data, keepDraft && draft ? keepDraft(draft, r.data.policy) : r.data.policy);
    return true;
  };

  return {
    view, draft, error, busy, generation,
    dirty: view !== undefined && draft !== undefined && JSON.stringify(view.policy) !== JSON.stringify(draft),
    setDraft: (next) => setDraftState(next),
    save: async () => { if (draft) await commit((v) => api.savePolicy({ policy: draft, revision: v.revision })); },
    reload,
    discard: () => { if (view) adopt(view); },
    commit,
  };
}
