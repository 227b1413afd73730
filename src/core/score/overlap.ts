/**
 * Overlap resolution, a named strategy (style §2.4): one span, one type, chosen deterministically.
 *
 * 1. Container types (EMAIL, URL, ADDRESS) go first, longest span first: an e-mail address is not also
 *    a URL or a name, and a patient-portal URL is redacted whole rather than around the MRN inside it.
 *    So do the city and postcode parts the address detector reads off an address block's last lines:
 *    the block's structure says "Los Angeles" under a street is its city, not a person's name.
 * 2. Then every other candidate in order of specificity (a type with a validator beats a type guessed
 *    from shape: a ZIP+4 is not an SSN, a fax is not also a phone; an id read after its own cue, as
 *    OTHER_ID always is, beats a phone guessed from digit groups), then score, then length.
 * A candidate that overlaps one already kept is dropped.
 */
import type { FindingType } from '../finding-types';

export interface Span {
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** The detector that proposed it; see ADDRESS_DETECTOR. */
  readonly detector?: string;
}

const CONTAINERS: readonly FindingType[] = ['EMAIL', 'URL', 'ADDRESS'];

/** Most specific first. */
const SPECIFICITY: readonly FindingType[] = [
  'SSN', 'NPI', 'DEA', 'MBI', 'CREDIT_CARD', 'VEHICLE_ID', 'IP_ADDRESS', 'HEALTH_PLAN_ID', 'MRN',
  'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'DEVICE_ID', 'BIOMETRIC_ID', 'OTHER_ID', 'FAX', 'PHONE', 'ZIP', 'DATE',
  'AGE', 'NAME', 'LOCATION', 'PHOTO',
];

/** Place in SPECIFICITY, looked up per comparison while sorting. */
const RANK: ReadonlyMap<FindingType, number> = new Map(SPECIFICITY.map((t, i) => [t, i]));
const rank = (type: FindingType): number => RANK.get(type) ?? SPECIFICITY.length;
const CONTAINER_RANK: ReadonlyMap<FindingType, number> = new Map(CONTAINERS.map((t, i) => [t, i]));
/** Its LOCATION and ZIP spans are parts of an address block (detectors/address.ts), containers like the street. */
const ADDRESS_DETECTOR = 'address';
const isContainer = (c: Span): boolean => CONTAINER_RANK.has(c.type) || c.detector === ADDRESS_DETECTOR;
const containerRank = (c: Span): number => CONTAINER_RANK.get(c.type) ?? CONTAINERS.length;

/** Up to this many spans are checked against each other rather than through an occupancy map. */
const FEW = 32;

/** True when two spans share a position (an empty span has none, as in the occupancy map). */
const sharePosition = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;

/** True when a position in [start, end) is taken (a loop: a subarray view per candidate costs more). */
function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (taken[i] === 1) return true;
  return false;
}

export function resolveOverlaps<T extends Span>(candidates: readonly T[]): T[] {
  const containers = candidates
    .filter(isContainer)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start)
      || containerRank(a) - containerRank(b)
      || b.score - a.score || a.start - b.start);
  const others = candidates
    .filter((c) => !isContainer(c))
    .sort((a, b) => rank(a.type) - rank(b.type) || b.score - a.score
      || (b.end - b.start) - (a.end - a.start) || a.start - b.start);

  const kept: T[] = [];
  if (candidates.length <= FEW) {
    // A handful of spans (most texts): compared pairwise, cheaper than allocating an occupancy map.
    for (const c of [...containers, ...others]) if (!kept.some((k) => sharePosition(c, k))) kept.push(c);
  } else {
    // An occupancy map keeps this linear in the total span length, even for a megabyte of findings.
    const taken = new Uint8Array(candidates.reduce((m, c) => Math.max(m, c.end), 0));
    for (const c of [...containers, ...others]) {
      if (isTaken(taken, c.start, c.end)) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
