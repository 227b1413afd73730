/**
 * Calling the admin page's resolver on the local site as a given user, the way the page's invoke() reaches
 * it in Forge (manifest function `resolver`, module jira:adminPage or confluence:globalSettings).
 * Shared by the resolver tests and the preview server (tools/preview).
 */
import type { ForgeRuntime } from '../local-site/forge/runtime';

export type AdminExtension = 'jira:adminPage' | 'confluence:globalSettings';

export const ADMIN_MODULE: Record<AdminExtension, string> = {
  'jira:adminPage': 'phi-guard-jira-admin',
  'confluence:globalSettings': 'phi-guard-confluence-admin',
};

export function invokeAdmin(runtime: ForgeRuntime, accountId: string, functionKey: string, payload: unknown, extensionType: AdminExtension = 'jira:adminPage'): Promise<unknown> {
  return runtime.invokeResolver({ resolverFunction: 'resolver', moduleKey: ADMIN_MODULE[extensionType], extensionType, accountId, functionKey, payload });
}
