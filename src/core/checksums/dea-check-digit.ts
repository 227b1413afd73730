/**
 * DEA registration number check digit (DEA Diversion Control; as in Presidio's
 * medical_license_recognizer.py): with the seven digits d1..d7, (d1+d3+d5) + 2*(d2+d4+d6) ends in d7.
 * Takes the whole registration ("AB1234563"); only the digits are checked.
 */
export function deaCheckDigitValid(dea: string): boolean {
  const m = /^[A-Za-z][A-Za-z9](\d{7})$/.exec(dea);
  if (!m) return false;
  const d = [...(m[1] as string)].map(Number) as [number, number, number, number, number, number, number];
  const sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return sum % 10 === d[6];
}
