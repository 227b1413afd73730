/**
 * VIN check digit, 49 CFR 565.15(c) (https://www.ecfr.gov/current/title-49/subtitle-B/chapter-V/part-565/subpart-B/section-565.15):
 * letters are transliterated to numbers (I, O and Q never occur), each of the 17 values is multiplied by
 * its position weight, and the sum mod 11 is position 9 ("X" for 10). Mandatory in North America only.
 */
const VALUES: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function vinCheckDigitValid(vin: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const ch = vin[i] as string;
    const value = ch >= '0' && ch <= '9' ? Number(ch) : (VALUES[ch] as number);
    sum += value * (WEIGHTS[i] as number);
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}
