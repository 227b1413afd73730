/**
 * Jira routes about the caller and the project rather than one issue: issue security levels, /myself and
 * /mypermissions. A user administers everything unless created with `siteAdmin: false` (then no Administer
 * Jira); the app has Administer Projects only when the site setting `appIsProjectAdmin` says so, and never
 * Administer Jira.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/
 */
import type { Call, Reply } from './http';
import { jiraError, ok } from './http';
import type { Route } from './router';
import { APP_ACCOUNT_ID } from './state';
import { jiraUser } from './jira-shared';

const levelJson = (base: string, level: { id: string; name: string; description: string }) =>
  ({ self: `${base}/rest/api/3/securitylevel/${level.id}`, id: level.id, name: level.name, description: level.description, isDefault: false });

function projectSecurityLevels(call: Call): Reply {
  const project = call.state.project(call.params.projectKeyOrId ?? '');
  if (!project) return jiraError(404, ['No project could be found with key or id.']);
  return ok({ levels: project.securityLevels.map((l) => levelJson(call.base, l)) });
}

function securityLevel(call: Call): Reply {
  const level = call.state.projects.flatMap((p) => p.securityLevels).find((l) => l.id === call.params.id);
  return level ? ok(levelJson(call.base, level)) : jiraError(404, ['Issue security level not found.']);
}

function myself(call: Call): Reply {
  return ok({ ...jiraUser(call.state, call.base, call.caller), locale: 'en_US' });
}

const PERMISSIONS: Record<string, { id: string; name: string; type: 'GLOBAL' | 'PROJECT' }> = {
  ADMINISTER: { id: '0', name: 'Administer Jira', type: 'GLOBAL' },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', type: 'PROJECT' },
  EDIT_ALL_COMMENTS: { id: '34', name: 'Edit All Comments', type: 'PROJECT' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT' },
  SET_ISSUE_SECURITY: { id: '26', name: 'Set Issue Security', type: 'PROJECT' },
};

function myPermissions(call: Call): Reply {
  const keys = (call.query.get('permissions') ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '');
  if (keys.length === 0) return jiraError(400, ['The permissions parameter is required.']);
  const unknown = keys.find((k) => !(k in PERMISSIONS));
  if (unknown) return jiraError(400, [`Permission key '${unknown}' is not valid.`]);
  const isApp = call.caller === APP_ACCOUNT_ID;
  const siteAdmin = call.state.account(call.caller).siteAdmin !== false;
  const has = (key: string) => (isApp
    ? (key === 'ADMINISTER_PROJECTS' ? call.state.settings.appIsProjectAdmin : key !== 'ADMINISTER')
    : siteAdmin || (key !== 'ADMINISTER' && key !== 'ADMINISTER_PROJECTS'));
  return ok({
    permissions: Object.fromEntries(keys.map((key) => {
      const p = PERMISSIONS[key] as { id: string; name: string; type: 'GLOBAL' | 'PROJECT' };
      return [key, { id: p.id, key, name: p.name, type: p.type, description: p.name, havePermission: has(key) }];
    })),
  });
}

export const jiraMetaRoutes: readonly Route[] = [
  { method: 'GET', pattern: '/rest/api/3/project/{projectKeyOrId}/securitylevel', handler: projectSecurityLevels },
  { method: 'GET', pattern: '/rest/api/3/securitylevel/{id}', handler: securityLevel },
  { method: 'GET', pattern: '/rest/api/3/myself', handler: myself },
  { method: 'GET', pattern: '/rest/api/3/mypermissions', handler: myPermissions },
];
