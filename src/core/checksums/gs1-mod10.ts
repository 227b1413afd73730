/**
 * GS1 mod 10 check digit (GS1 General Specifications §7.9.1), shared by GTIN-8/12/13/14 and the
 * (01) Device Identifier of an FDA UDI: from the right, excluding the check digit, weights alternate
 * 3, 1, 3, ...; the check digit brings the weighted sum to a multiple of 10.
 */
export function gs1Mod10Valid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 2, w = 3; i >= 0; i -= 1, w = 4 - w) sum += (digits.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(digits.length - 1) - 48;
}
