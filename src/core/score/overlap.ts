/**
 * Overlap resolution, a named strategy (style §2.4): one span, one type, chosen deterministically.
 *
 * 1. Container types (EMAIL, URL, ADDRESS) go first, longest span first: an e-mail address is not also
 *    a URL or a name, and a patient-portal URL is redacted whole rather than around the MRN inside it.
 * 2. Then every other candidate in order of specificity (a type with a validator beats a type guessed
 *    from shape: a ZIP+4 is not an SSN, a fax is not also a phone), then score, then length.
 * A candidate that overlaps one already kept is dropped.
 */
import type { FindingType } from '../finding-types';

export interface Span {
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

const CONTAINERS: readonly FindingType[] = ['EMAIL', 'URL', 'ADDRESS'];

/** Most specific first. */
const SPECIFICITY: readonly FindingType[] = [
  'SSN', 'NPI', 'DEA', 'MBI', 'CREDIT_CARD', 'VEHICLE_ID', 'IP_ADDRESS', 'HEALTH_PLAN_ID', 'MRN',
  'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'DEVICE_ID', 'BIOMETRIC_ID', 'FAX', 'PHONE', 'ZIP', 'DATE',
  'AGE', 'NAME', 'LOCATION', 'OTHER_ID', 'PHOTO',
];

const rank = (type: FindingType): number => {
  const i = SPECIFICITY.indexOf(type);
  return i < 0 ? SPECIFICITY.length : i;
};

export function resolveOverlaps<T extends Span>(candidates: readonly T[]): T[] {
  const containers = candidates
    .filter((c) => CONTAINERS.includes(c.type))
    .sort((a, b) => (b.end - b.start) - (a.end - a.start)
      || CONTAINERS.indexOf(a.type) - CONTAINERS.indexOf(b.type)
      || b.score - a.score || a.start - b.start);
  const others = candidates
    .filter((c) => !CONTAINERS.includes(c.type))
    .sort((a, b) => rank(a.type) - rank(b.type) || b.score - a.score
      || (b.end - b.start) - (a.end - a.start) || a.start - b.start);

  // An occupancy map keeps this linear in the total span length, even for a megabyte of findings.
  const taken = new Uint8Array(candidates.reduce((m, c) => Math.max(m, c.end), 0));
  const kept: T[] = [];
  for (const c of [...containers, ...others]) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
