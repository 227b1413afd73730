/**
 * Keyed fingerprints of matched values. Records, allowlists and pseudonym tokens hold these, never the
 * value: an HMAC-SHA256 under a per-site secret, so nobody without the secret can test a guess
 * ("is 412-58-7391 in the log?"). The value is canonicalised first, so "412 58 7391" and "412-58-7391"
 * are the same patient's SSN. node:crypto is available in the Forge Node runtime, the CLI and tests.
 */
import { createHmac } from 'node:crypto';
import type { FindingType } from './finding-types';

const SEPARATOR_FREE_TYPES: ReadonlySet<FindingType> = new Set([
  'SSN', 'PHONE', 'FAX', 'CREDIT_CARD', 'NPI', 'DEA', 'MBI', 'ZIP', 'MRN', 'HEALTH_PLAN_ID',
  'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'VEHICLE_ID', 'DEVICE_ID', 'OTHER_ID', 'BIOMETRIC_ID',
]);

/** The form of a value that two spellings of the same identifier share. Input is normalised text. */
export function canonicalValue(type: FindingType, value: string): string {
  if (SEPARATOR_FREE_TYPES.has(type)) return value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  return value.toLowerCase().replace(/[\s,.;:]+/g, ' ').trim();
}

export function fingerprint(secret: string, type: FindingType, normalisedValue: string): string {
  return createHmac('sha256', secret).update(`${type}\u0000${canonicalValue(type, normalisedValue)}`).digest('hex');
}

/** Fingerprint for allowlist entries, which apply whatever type a value is found as. */
export function allowlistFingerprint(secret: string, normalisedValue: string): string {
  const canonical = normalisedValue.toLowerCase().replace(/[^\p{L}\p{N}@]/gu, '');
  return createHmac('sha256', secret).update(`allow\u0000${canonical}`).digest('hex');
}
