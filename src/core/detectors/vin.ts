/**
 * Vehicle identification number (Safe Harbor L). Seventeen characters from 0-9 and A-Z without I, O, Q
 * (49 CFR 565.15, https://www.ecfr.gov/current/title-49/subtitle-B/chapter-V/part-565/subpart-B/section-565.15;
 * ISO 3779). Position 9 is a mod-11 check digit in North America; positions 15-17 are always numeric
 * (the production sequence). A correct check digit is strong evidence on its own.
 *
 * A wrong check digit is not dropped outside North America (world manufacturer codes 1-5, where it is
 * mandatory): VINs of vehicles built for other markets (most European ones) carry no check digit, and a VIN typed into a ticket next to "VIN" or "vehicle" is PHI whatever its origin. So
 * the validator has no opinion on a failed check, the base score stays under the threshold, and only a
 * vehicle context word lifts such a value into a finding.
 */
import { vinCheckDigitValid } from '../checksums/vin-check-digit';
import { defineDetector, type Candidate, type Validation, HAS_DIGIT } from './detector';

export function vinValidity(value: string): Validation {
  const vin = value.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{14}\d{3}$/.test(vin)) return 'invalid';
  // A seventeen-digit run is an order or account number, never a VIN in practice.
  if (!/[A-Z]/.test(vin)) return 'invalid';
  if (vinCheckDigitValid(vin)) return 'valid';
  // The check digit is mandatory for vehicles built for North America (world manufacturer codes 1-5);
  // a VIN typed in lower case is taken only with a valid one (random lower-case tokens are common).
  return /^[1-5]/.test(vin) || vin !== value ? 'invalid' : undefined;
}

// What /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9a-hj-npr-z]{17}(?![A-Za-z0-9])/g finds, without a regex tried at every
// letter and digit (it cost more than any other numeric pattern): a run of exactly 17 ASCII letters and
// digits, all from the VIN alphabet. Such a run covers the character 16 places after any position where
// it could start, so the scan probes every 17th character and reads only the runs it lands in.
const NOT_ALNUM = 0;
const ALNUM = 1;
const VIN_CHAR = 2;
const CHAR_CLASS = new Uint8Array(128).map((_, c) => {
  const ch = String.fromCharCode(c);
  // Lower case too ("vin 1ftfw1et9dfc10312"): the validator asks such a VIN for a valid check digit.
  if (/[A-HJ-NPR-Z0-9a-hj-npr-z]/.test(ch)) return VIN_CHAR;
  return /[A-Za-z0-9]/.test(ch) ? ALNUM : NOT_ALNUM;
});
const classOf = (c: number): number => (c < 128 ? CHAR_CLASS[c] as number : NOT_ALNUM);
const VIN_LENGTH = 17;

export function findVins(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Invariant: `from` is 0 or follows a character that is not a letter or digit, and no VIN starts before it.
  let from = 0;
  while (from + VIN_LENGTH <= text.length) {
    const probe = from + VIN_LENGTH - 1;
    if (classOf(text.charCodeAt(probe)) === NOT_ALNUM) { from = probe + 1; continue; }
    let end = probe + 1;
    while (classOf(text.charCodeAt(end)) !== NOT_ALNUM) end += 1;
    // A VIN is a run of exactly 17 ending at `end`, so it can only start 17 before: no backwards scan.
    // A shorter run leaves a character that is no letter or digit in that span, which the loop rejects.
    const start = end - VIN_LENGTH;
    if (start >= from && (start === from || classOf(text.charCodeAt(start - 1)) === NOT_ALNUM)) {
      let allVinChars = true;
      for (let k = start; k < end && allVinChars; k += 1) allVinChars = classOf(text.charCodeAt(k)) === VIN_CHAR;
      if (allVinChars) {
        out.push({ detector: 'vin', type: 'VEHICLE_ID', start, end, pattern: 'vin-17 (medium; strong with a valid check digit)', score: 0.45, needsContext: false });
      }
    }
    from = end + 1;
  }
  return out;
}

export const vin = defineDetector({
  id: 'vin',
  type: 'VEHICLE_ID',
  requires: HAS_DIGIT,
  description: 'Vehicle identification number: 17 chars without I O Q, check digit at position 9 (49 CFR 565.15)',
  patterns: [],
  find: findVins,
  context: ['vin', 'vin#', 'vin no', 'vehicle', 'vehicle identification', 'chassis', 'car', 'truck', 'motorcycle', 'automobile'],
  negativeContext: ['order', 'tracking', 'serial', 'license key', 'key', 'token', 'hash', 'commit', 'sku'],
  validate: vinValidity,
  examples: {
    match: ['VIN 1FTFW1ET9DFC10312', 'truck vin 1ftfw1et9dfc10312', '2T1BURHEXJC043821', 'vehicle VIN WVWZZZ1J93W386752', 'chassis WVWZZZ1JZ3W386752'],
    ignore: ['1FTFW1ET5DFC10312', 'VIN 2T1BU4EE7DC123457', 'request id 1ftfw1et5dfc10312', '12345678901234567', '1FTFW1ET9DFC1031I', 'WVWZZZ1JZ3W386752', 'token 2T1BURHEXJC043821'],
  },
});
