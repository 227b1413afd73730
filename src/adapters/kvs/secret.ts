/**
 * The per-installation secret that keys fingerprints and pseudonym tokens. Created on first use from
 * node:crypto and kept in KVS secret storage (encrypted at rest, never returned by queries).
 */
import { randomBytes } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { KEYS } from './keys';

export async function installationSecret(): Promise<string> {
  const existing = await kvs.getSecret<string>(KEYS.secret);
  if (typeof existing === 'string' && existing.length > 0) return existing;
  await kvs.setSecret(KEYS.secret, randomBytes(32).toString('hex'));
  // Read back: if two first invocations raced, both continue with whichever write won.
  const stored = await kvs.getSecret<string>(KEYS.secret);
  if (typeof stored !== 'string') throw new Error('installation secret could not be stored');
  return stored;
}
