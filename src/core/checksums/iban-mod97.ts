/**
 * ISO 13616-1 IBAN check (ISO 7064 MOD 97-10): move the first four characters to the end, replace each
 * letter by two digits (A = 10 ... Z = 35), and the whole number mod 97 must be 1. Case-insensitive;
 * spaces must already be removed. Catches every single-character substitution and most transpositions.
 */
export function ibanMod97Valid(iban: string): boolean {
  const v = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(v)) return false;
  const rearranged = v.slice(4) + v.slice(0, 4);
  let rest = 0;
  // Digit by digit keeps the running remainder far below 2^53, so no BigInt is needed.
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const n = code <= 57 ? code - 48 : code - 55;
    rest = n < 10 ? (rest * 10 + n) % 97 : (rest * 100 + n) % 97;
  }
  return rest === 1;
}
