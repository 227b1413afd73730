/**
 * Weighted mod 11 check character, the scheme of ISBN-10, many hospital MRN formats and NHS numbers:
 * weights n..2 from the left over all but the last character; the last is (11 - sum mod 11) mod 11,
 * written "X" for 10. Offered to sites for their own custom ID formats.
 */
export function mod11Valid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^\d+[\dX]$/.test(v) || v.length < 2) return false;
  const body = v.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += (body.charCodeAt(i) - 48) * (body.length + 1 - i);
  const check = (11 - (sum % 11)) % 11;
  return v.endsWith(check === 10 ? 'X' : String(check));
}
