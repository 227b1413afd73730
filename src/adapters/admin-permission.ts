/**
 * Is the person on the admin page an administrator of the product the page is in? Asked of the site as
 * that user (asUser), never answered from the page's own context, which the browser controls:
 *   Jira:        GET /rest/api/3/mypermissions?permissions=ADMINISTER      (Administer Jira, global)
 *   Confluence:  GET /wiki/rest/api/user/current?expand=operations         ("administer" on "application")
 */
import api, { route } from '@forge/api';

export type AdminProduct = 'jira' | 'confluence';

/** The product from the module the page runs in (Forge context.extension.type). */
export function adminProductOf(extensionType: unknown): AdminProduct | undefined {
  if (extensionType === 'jira:adminPage') return 'jira';
  if (extensionType === 'confluence:globalSettings') return 'confluence';
  return undefined;
}

export async function callerAdministers(product: AdminProduct): Promise<boolean> {
  const init = { headers: { Accept: 'application/json' } };
  if (product === 'jira') {
    const res = await api.asUser().requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`, init);
    if (!res.ok) return false;
    const body = (await res.json()) as { permissions?: { ADMINISTER?: { havePermission?: boolean } } };
    return body.permissions?.ADMINISTER?.havePermission === true;
  }
  const res = await api.asUser().requestConfluence(route`/wiki/rest/api/user/current?expand=operations`, init);
  if (!res.ok) return false;
  const body = (await res.json()) as { operations?: Array<{ operation?: string; targetType?: string }> };
  return (body.operations ?? []).some((o) => o.operation === 'administer' && o.targetType === 'application');
}
