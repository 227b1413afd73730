/**
 * Vehicle identification number (Safe Harbor L). Seventeen characters from 0-9 and A-Z without I, O, Q
 * (49 CFR 565.15, https://www.ecfr.gov/current/title-49/subtitle-B/chapter-V/part-565/subpart-B/section-565.15;
 * ISO 3779). Position 9 is a mod-11 check digit in North America; positions 15-17 are always numeric
 * (the production sequence). A correct check digit is strong evidence on its own.
 *
 * A wrong check digit is not dropped: VINs of vehicles built for other markets (most European ones) carry
 * no check digit, and a VIN typed into a ticket next to "VIN" or "vehicle" is PHI whatever its origin. So
 * the validator has no opinion on a failed check, the base score stays under the threshold, and only a
 * vehicle context word lifts such a value into a finding.
 */
import { vinCheckDigitValid } from '../checksums/vin-check-digit';
import { defineDetector, type Validation } from './detector';

export function vinValidity(value: string): Validation {
  if (!/^[A-HJ-NPR-Z0-9]{14}\d{3}$/.test(value)) return 'invalid';
  // A seventeen-digit run is an order or account number, never a VIN in practice.
  if (!/[A-Z]/.test(value)) return 'invalid';
  return vinCheckDigitValid(value) ? 'valid' : undefined;
}

export const vin = defineDetector({
  id: 'vin',
  type: 'VEHICLE_ID',
  description: 'Vehicle identification number: 17 chars without I O Q, check digit at position 9 (49 CFR 565.15)',
  patterns: [
    { name: 'vin-17 (medium; strong with a valid check digit)', regex: /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g, score: 0.45 },
  ],
  context: ['vin', 'vin#', 'vin no', 'vehicle', 'vehicle identification', 'chassis', 'car', 'truck', 'motorcycle', 'automobile'],
  negativeContext: ['order', 'tracking', 'serial', 'license key', 'key', 'token', 'hash', 'commit', 'sku'],
  validate: vinValidity,
  examples: {
    match: ['VIN 1FTFW1ET9DFC10312', '2T1BURHEXJC043821', 'vehicle VIN WVWZZZ1J93W386752', 'chassis WVWZZZ1JZ3W386752'],
    ignore: ['1FTFW1ET5DFC10312', '12345678901234567', '1FTFW1ET9DFC1031I', 'WVWZZZ1JZ3W386752', 'token 2T1BURHEXJC043821'],
  },
});
