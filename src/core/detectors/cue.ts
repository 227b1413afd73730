/**
 * Cue-anchored patterns for identifiers that have no checksum (MRN, member ID, account, licence, serial
 * numbers): the value counts only right after its cue ("MRN: 00417823", "acct no. 55120934"). Putting
 * the cue inside the regex, rather than relying on the scorer's context window alone, keeps a value from
 * borrowing a neighbour's cue: in "Med Rec #A2231907; hospital acct no. 55120934" the account number is
 * within the MRN cue's window but not right after it.
 */

/** Between cue and value: spaces, one or two of `: # = . -` ("#:"), and at most two words like "no.", "number", "is". */
// Emphasis or quotes may close the label and open the value ("*MRN:* 00417823", "**MRN:** 00417823",
// "MRN: *00417823*", "wrong MRN (E1234567)", JSON's "mrn": "00417823", MRN='00417826', MRN->00417827).
const FILLER = String.raw`[\s*_"']{0,3}[:#=.>/-]{0,2}[\s*_"']{0,3}(?:(?:no|nbr|num|number|is|was)\.?\s{0,3}[:#=-]?[\s*_]{0,3}){0,2}[*_(["']{0,2}`;

/** A cue ending in a letter ends a word ("sn" is not the start of "snow12345"); "MR#" may touch its value. */
const CUE_END = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}]))`;

/**
 * Builds `cue FILLER (value)` as a global, case-insensitive regex whose group 1 is the value. The cue
 * starts and the value ends on a word boundary (letters and digits of any script), and the value may
 * not run on into a dash and more characters. Use with `group: 1`.
 */
export function cuedPattern(cue: string, value: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${cue})${CUE_END}${FILLER}(${value})(?![\p{L}\p{N}]|-[\p{L}\p{N}])`, 'dgiu');
}

/** A token of letters and digits with single inner dashes, `min`..`max` characters besides the dashes. */
export function idToken(min: number, max: number): string {
  return String.raw`[A-Za-z0-9](?:-?[A-Za-z0-9]){${min - 1},${max - 1}}`;
}

/** Digits in a value, for "at least n digits" rules. */
export const digitCount = (value: string): number => value.replace(/\D/g, '').length;

/**
 * A line that is one value (`value`, a regex source), spaces around it allowed: an ADF cell or a field
 * whose label stands outside it (PatternSpec.underLabel), or each line of a text table's column read
 * together (core/scan.ts). Group 1 is the value.
 */
export function wholeValue(value: string): RegExp {
  return new RegExp(String.raw`^[ \t]{0,3}(${value})[ \t]{0,3}$`, 'dgmu');
}
