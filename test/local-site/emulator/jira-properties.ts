/**
 * Jira issue entity properties: list keys, get, set (201 when created, 200 when replaced, empty body) and
 * delete. Setting a property changes no field, so it leaves no changelog entry and fires no issue event.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/
 */
import type { Call, Reply } from './http';
import { jiraError, noContent, ok } from './http';
import type { Route } from './router';
import { findIssue } from './jira-shared';
import { issueItem } from './jira-issues';

// Jira caps a property value at 32 KB (entity properties docs).
const MAX_PROPERTY_BYTES = 32_768;

function listProperties(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const { issue } = found;
  return ok({ keys: [...issue.properties.keys()].map((key) => ({ key, self: `${call.base}/rest/api/3/issue/${issue.id}/properties/${key}` })) });
}

function getProperty(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const key = call.params.propertyKey ?? '';
  if (!found.issue.properties.has(key)) return jiraError(404, [`The property with key '${key}' does not exist.`]);
  return ok({ key, value: found.issue.properties.get(key) });
}

function setProperty(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const key = call.params.propertyKey ?? '';
  if (call.body === undefined) return jiraError(400, ['The property value must be valid JSON.']);
  if (Buffer.byteLength(JSON.stringify(call.body)) > MAX_PROPERTY_BYTES) return jiraError(400, [`The property '${key}' exceeds the ${MAX_PROPERTY_BYTES} byte limit.`]);
  const existed = found.issue.properties.has(key);
  found.issue.properties.set(key, call.body);
  return { status: existed ? 200 : 201 };
}

function deleteProperty(call: Call): Reply {
  const found = findIssue(call);
  if ('reply' in found) return found.reply;
  const key = call.params.propertyKey ?? '';
  if (!found.issue.properties.delete(key)) return jiraError(404, [`The property with key '${key}' does not exist.`]);
  return noContent();
}

const P = '/rest/api/3/issue/{issueIdOrKey}/properties';
export const jiraPropertyRoutes: readonly Route[] = [
  { method: 'GET', pattern: P, handler: listProperties, item: issueItem },
  { method: 'GET', pattern: `${P}/{propertyKey}`, handler: getProperty, item: issueItem },
  { method: 'PUT', pattern: `${P}/{propertyKey}`, handler: setProperty, item: issueItem },
  { method: 'DELETE', pattern: `${P}/{propertyKey}`, handler: deleteProperty, item: issueItem },
];
