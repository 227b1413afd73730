/**
 * Whether the app administers a project, cached in storage for an hour: it only decides whether a
 * record says "notifications may have gone out", and asking Jira on every event would cost a read.
 */
import { kvs } from '@forge/kvs';
import { KEYS } from '../kvs/keys';
import { appAdministersProject } from './issues';

const ONE_HOUR = { value: 1, unit: 'HOURS' } as const;

export async function cachedAppAdministersProject(projectKey: string): Promise<boolean> {
  const key = KEYS.projectAdmin(projectKey);
  const cached = await kvs.get(key);
  if (typeof cached === 'boolean') return cached;
  const admin = await appAdministersProject(projectKey);
  await kvs.set(key, admin, { ttl: ONE_HOUR });
  return admin;
}
