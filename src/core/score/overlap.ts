/**
 * Overlap resolution, a named strategy (style §2.4): one span, one type, chosen deterministically.
 *
 * 0. An ADDRESS span that runs on over the block's last lines gives back what it swallowed at its end:
 *    when an identifier (a ZIP, a phone or fax, an e-mail...) lies in it with nothing after it but
 *    separators and state or country words ("..., IL 62704\nUSA", "...\nWI 53703\n(608) 555-0142"),
 *    the address is trimmed to end before that identifier and both are kept. Repeated until no such
 *    identifier is left at its end. EMAIL and URL stay containers as below.
 * 1. Container types (EMAIL, URL, ADDRESS) go first, longest span first: an e-mail address is not also
 *    a URL or a name, and a patient-portal URL is redacted whole rather than around the MRN inside it.
 * 2. Then every other candidate in order of specificity (a type with a validator beats a type guessed
 *    from shape: a ZIP+4 is not an SSN, a fax is not also a phone), then score, then length.
 * A candidate that overlaps one already kept is dropped.
 */
import type { FindingType } from '../finding-types';
import { COUNTRIES, US_STATES, US_STATE_CODES } from '../gazetteers/places';

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

/** Place in SPECIFICITY, looked up per comparison while sorting. */
const RANK: ReadonlyMap<FindingType, number> = new Map(SPECIFICITY.map((t, i) => [t, i]));
const rank = (type: FindingType): number => RANK.get(type) ?? SPECIFICITY.length;
const CONTAINER_RANK: ReadonlyMap<FindingType, number> = new Map(CONTAINERS.map((t, i) => [t, i]));
const isContainer = (c: Span): boolean => CONTAINER_RANK.has(c.type);

/** Identifiers split off the end of an ADDRESS span (step 0). */
const SPLIT_FROM_ADDRESS_END: ReadonlySet<FindingType> = new Set([
  'SSN', 'NPI', 'DEA', 'MBI', 'CREDIT_CARD', 'VEHICLE_ID', 'IP_ADDRESS', 'HEALTH_PLAN_ID', 'MRN', 'ACCOUNT_NUMBER',
  'LICENSE_NUMBER', 'DEVICE_ID', 'BIOMETRIC_ID', 'FAX', 'PHONE', 'ZIP', 'EMAIL',
]);

/** Words of state and country names, which may follow a ZIP in an address block ("New York", "USA"). */
const PLACE_WORDS: ReadonlySet<string> = new Set([...US_STATES, ...COUNTRIES, ...US_STATE_CODES]
  .flatMap((name) => name.toLowerCase().split(/\s+/)));
const TAIL_SEPARATORS = /[\s,.;:|>()/-]+/;
const TRAILING_SEPARATOR = /[\s,;:(-]/;

/** True when `tail` holds nothing but separators and state or country words. */
function onlyPlaceWords(tail: string): boolean {
  return tail.split(TAIL_SEPARATORS).every((w) => w === '' || PLACE_WORDS.has(w.toLowerCase()));
}

/** The first index in `byStart` (sorted by start) whose start is greater than `position`. */
function firstStartAfter(byStart: readonly Span[], position: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((byStart[mid] as Span).start <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Step 0: the address ends before any identifier that sits at its end. `byStart` holds the identifiers
 * sorted by start, so each address looks only at those inside it: a megabyte page with thousands of
 * addresses and identifiers stays linear rather than addresses x identifiers.
 */
function trimAddressEnd<T extends Span>(address: T, byStart: readonly T[], text: string): T {
  const first = firstStartAfter(byStart, address.start);
  let end = address.end;
  for (;;) {
    // The cut is the earliest identifier start in (address.start, end) with only place words after it.
    let cut = end;
    for (let i = first; i < byStart.length; i += 1) {
      const f = byStart[i] as T;
      if (f.start >= end) break;
      if (onlyPlaceWords(text.slice(Math.min(f.end, end), end))) { cut = f.start; break; }
    }
    if (cut === end) break;
    while (cut > address.start && TRAILING_SEPARATOR.test(text[cut - 1] as string)) cut -= 1;
    if (cut <= address.start) break;
    end = cut;
  }
  return end === address.end ? address : { ...address, end };
}

/** Up to this many spans are checked against each other rather than through an occupancy map. */
const FEW = 32;

/** True when two spans share a position (an empty span has none, as in the occupancy map). */
const sharePosition = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;

/** True when a position in [start, end) is taken (a loop: a subarray view per candidate costs more). */
function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (taken[i] === 1) return true;
  return false;
}

/**
 * `text` is the (normalised) text the spans index into; without it step 0 is skipped.
 */
export function resolveOverlaps<T extends Span>(all: readonly T[], text?: string): T[] {
  const identifiers = text === undefined ? [] : all.filter((c) => SPLIT_FROM_ADDRESS_END.has(c.type)).sort((a, b) => a.start - b.start);
  const candidates = identifiers.length === 0 || text === undefined ? all
    : all.map((c) => (c.type === 'ADDRESS' ? trimAddressEnd(c, identifiers, text) : c));
  const containers = candidates
    .filter(isContainer)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start)
      || (CONTAINER_RANK.get(a.type) as number) - (CONTAINER_RANK.get(b.type) as number)
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
