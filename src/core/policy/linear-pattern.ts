/**
 * Guards for user-supplied regular expressions (custom detectors, allowlist patterns). JavaScript's
 * regex engine backtracks, so a pattern like `(a+)+b` can take exponential time on a crafted input;
 * in a Forge trigger with a 25-second budget that is an outage. We accept only patterns that are
 * linear in practice: no back-references, no lookbehind, and no quantified group that itself holds a
 * quantifier or an alternation, and at most one unbounded quantifier in all (`\d*\d*\d*X` backtracks
 * polynomially: minutes on a few thousand digits; custom IDs never need two). Hand-written because the npm checkers (safe-regex and kin) either
 * miss `(a|a)*` or depend on a native RE2 build.
 */

/** Returns a reason the pattern is refused, or undefined when it is accepted. */
export function checkLinearPattern(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch (e) {
    return `not a valid regular expression: ${(e as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  if (/\(\?<[=!]/.test(source)) return 'lookbehind is not allowed';
  if (hasNestedQuantifier(source)) return 'a repeated group may not contain a quantifier or alternation (exponential backtracking)';
  if (countUnboundedQuantifiers(source) > 1) {
    return 'at most one unbounded quantifier (*, +, {n,}) is allowed (polynomial backtracking); use bounded {m,n} instead';
  }
  if (matchesNearlyEverything(source)) return 'the pattern matches nearly any text';
  return undefined;
}

/**
 * The positions of a pattern's syntax characters: everything outside escapes (`\d`, `\(`) and
 * character classes (`[*+(]`), where the same characters are literals.
 */
function* syntaxPositions(source: string): Generator<number> {
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') { i += 1; continue; }
    if (ch === '[') {
      i += 1;
      while (i < source.length && source[i] !== ']') { if (source[i] === '\\') i += 1; i += 1; }
      continue;
    }
    yield i;
  }
}

/** `{n,}` at position i: unbounded. `{m,n}` and `{n}` are bounded. */
const unboundedBraceAt = (source: string, i: number): boolean => /^\{\d+,\}/.test(source.slice(i));

/**
 * True when a repeated group holds a quantifier or an alternation, the shape behind catastrophic
 * backtracking: `(a+)+`, `(a|ab)*`, `(\d+-?)+`. Used on site patterns and, in tests, on our own.
 */
export function hasNestedQuantifier(source: string): boolean {
  // For each open group, whether it contains a quantifier or alternation; refuse if the group itself
  // is then repeated without bound.
  const stack: Array<{ risky: boolean }> = [];
  const markTop = (): void => { if (stack.length > 0) (stack[stack.length - 1] as { risky: boolean }).risky = true; };
  for (const i of syntaxPositions(source)) {
    const ch = source[i];
    if (ch === '(') stack.push({ risky: false });
    else if (ch === '|') markTop();
    else if (ch === ')') {
      const group = stack.pop();
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || next === '{' || next === '?';
      const repeats = next === '*' || next === '+' || (next === '{' && unboundedBraceAt(source, i + 1));
      if (group?.risky && repeats) return true;
      if (group?.risky || quantified) markTop();
    } else if (ch === '*' || ch === '+' || ch === '{') markTop();
  }
  return false;
}

/** How many `*`, `+` and `{n,}` quantifiers the pattern holds. */
function countUnboundedQuantifiers(source: string): number {
  let count = 0;
  for (const i of syntaxPositions(source)) {
    const ch = source[i];
    if (ch === '*' || ch === '+' || (ch === '{' && unboundedBraceAt(source, i))) count += 1;
  }
  return count;
}

const PROBES = ['a', 'hello world', '12', 'The patient was seen today.', ' ', '-'];

function matchesNearlyEverything(source: string): boolean {
  const re = new RegExp(`^(?:${source})$`, 'u');
  return PROBES.filter((p) => re.test(p)).length >= 4 || new RegExp(source, 'u').test('');
}
