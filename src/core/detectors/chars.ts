/**
 * Char-code tests shared by the hand-written scanners: a call on a number where a regex would build a
 * string and a match. ASCII classes, and surrogates; callers decide what any other non-ASCII character is.
 */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** Either half of a UTF-16 surrogate pair: part of a character outside the BMP. */
export const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
