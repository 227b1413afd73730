/**
 * ABA routing transit number check (American Bankers Association; Federal Reserve routing number
 * rules): nine digits d1..d9 with 3(d1 + d4 + d7) + 7(d2 + d5 + d8) + (d3 + d6 + d9) = 0 mod 10.
 * The weights are coprime with 10, so any single wrong digit fails.
 */
const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

export function abaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += (digits.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return sum % 10 === 0;
}
