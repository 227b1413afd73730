/**
 * The admin page's one resolver function (manifest function `resolver`). Each definition: the caller must
 * administer the product the page is in (asked of the site as the caller), then its payload is parsed with
 * the shared contract's schema, then the use case runs; everything comes back as a Result envelope. Errors
 * are logged by class only: payloads can hold pasted PHI.
 */
import { makeResolver, type Request } from '@forge/resolver';
import { adminProductOf, callerAdministers } from '../adapters/admin-permission';
import { loadPolicy } from '../adapters/kvs/policy-store';
import { installationSecret } from '../adapters/kvs/secret';
import { AdminError } from '../app/admin/errors';
import { overview } from '../app/admin/overview';
import { allowValue, parseDraft, policyHistory, policyView, restoreRevision, saveDraft, type Actor } from '../app/admin/policy';
import { listRecords } from '../app/admin/records';
import { testDetector, testSample } from '../app/admin/try-out';
import { Payloads, type AdminDefinitions, type DefinitionKey, type Payload, type Result } from '../shared/resolver-contract';

type Data<K extends DefinitionKey> = ReturnType<AdminDefinitions[K]> extends Result<infer T> ? T : never;

/** Wraps a use case: permission, validation, and errors into the envelope. */
function definition<K extends DefinitionKey>(key: K, run: (payload: Payload<K>, actor: Actor) => Promise<Data<K>> | Data<K>) {
  return async (request: Request): Promise<Result<Data<K>>> => {
    try {
      const product = adminProductOf(request.context.extension?.type);
      const accountId = request.context.accountId as unknown;
      if (!product || typeof accountId !== 'string' || !(await callerAdministers(product))) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Only a site administrator can use the phi-guard admin page.' } };
      }
      const parsed = Payloads[key].safeParse(request.payload);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
        return { ok: false, error: { code: 'VALIDATION', message: 'The request was not valid.', issues } };
      }
      return { ok: true, data: await run(parsed.data as Payload<K>, { accountId, now: new Date() }) };
    } catch (e) {
      if (e instanceof AdminError) return { ok: false, error: { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) } };
      console.error(`phi-guard admin: ${key} failed (${e instanceof Error ? e.name : typeof e})`);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong; nothing was changed. Try again.' } };
    }
  };
}

export const resolver = makeResolver<AdminDefinitions>({
  getOverview: definition('getOverview', async (p, actor) => overview(p.days, actor.now, (await loadPolicy()).revision)),
  getPolicy: definition('getPolicy', () => policyView()),
  savePolicy: definition('savePolicy', (p, actor) => saveDraft(p.policy, p.revision, actor)),
  getPolicyHistory: definition('getPolicyHistory', () => policyHistory()),
  restorePolicy: definition('restorePolicy', (p, actor) => restoreRevision(p.revision, p.currentRevision, actor)),
  testDetector: definition('testDetector', (p) => testDetector(p)),
  addAllowlistValue: definition('addAllowlistValue', (p, actor) => allowValue(p.value, p.revision, actor)),
  testSample: definition('testSample', async (p) => {
    const policy = p.policy === undefined ? (await loadPolicy()).policy : parseDraft(p.policy);
    return testSample(p.text, policy, await installationSecret());
  }),
  listRecords: definition('listRecords', (p) => listRecords(p)),
});
