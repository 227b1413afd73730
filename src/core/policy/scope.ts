/** Which projects and spaces the policy covers: an include list (empty means all) minus an exclude list. */
import type { Policy } from './schema';

export function inScope(policy: Policy, product: 'jira' | 'confluence', containerKey: string): boolean {
  const include = product === 'jira' ? policy.scope.includeProjects : policy.scope.includeSpaces;
  const exclude = product === 'jira' ? policy.scope.excludeProjects : policy.scope.excludeSpaces;
  const key = containerKey.toUpperCase();
  const has = (list: readonly string[]): boolean => list.some((k) => k.toUpperCase() === key);
  return (include.length === 0 || has(include)) && !has(exclude);
}
