/**
 * The app on the local Atlassian site, for end-to-end tests: the emulator, the Forge runtime with the
 * repository's manifest.yml and real handlers, and helpers to create content as a user (so the real
 * events fire) and read back what the app did.
 */
import '../local-site/forge/setup';
import { allRecords, type StoredRecord } from '../../src/adapters/kvs/record-store';
import { savePolicy } from '../../src/adapters/kvs/policy-store';
import { parsePolicy } from '../../src/core/policy/parse';
import { APP_ACCOUNT_ID, createSite, type Site, type SiteOptions } from '../local-site/emulator';
import { installForgeRuntime, type ForgeRuntime } from '../local-site/forge/runtime';
import type { AtLeastOnceOptions } from '../local-site/forge/events';

export const USER = '000000:clerk-0001';

export interface LocalApp {
  readonly site: Site;
  readonly runtime: ForgeRuntime;
  /** A REST call as the simulated user; throws on an error status. */
  asUser(method: string, path: string, body?: unknown): Promise<unknown>;
  records(): Promise<StoredRecord[]>;
  stop(): Promise<void>;
}

export async function startLocalApp(options: SiteOptions & { atLeastOnce?: AtLeastOnceOptions } = {}): Promise<LocalApp> {
  const { atLeastOnce, ...siteOptions } = options;
  const site = await createSite({
    projects: [{ key: 'HC', name: 'Patient Support', serviceDesk: true }],
    spaces: [{ key: 'CLIN', name: 'Clinical Ops' }],
    users: [{ accountId: USER, displayName: 'Front Desk Clerk' }],
    ...siteOptions,
  });
  const runtime = installForgeRuntime({ site, appAccountId: APP_ACCOUNT_ID, ...(atLeastOnce ? { atLeastOnce } : {}) });
  return {
    site,
    runtime,
    async asUser(method, path, body) {
      const reply = await site.call(method, path, { body, accountId: USER });
      if (reply.status >= 400) throw new Error(`${method} ${path}: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body;
    },
    records: () => allRecords(),
    async stop() {
      runtime.uninstall();
      await site.close();
    },
  };
}

export const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
export const p = (...content: unknown[]) => ({ type: 'paragraph', content });
export const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });

/** Saves a policy (the default with these settings) in the app's storage, as the admin page will. */
export async function savePolicyOnSite(_app: LocalApp, settings: Record<string, unknown>, revision = 1): Promise<void> {
  const parsed = parsePolicy({ schemaVersion: 1, name: 'Test policy', ...settings });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  await savePolicy(parsed.policy, revision);
}
