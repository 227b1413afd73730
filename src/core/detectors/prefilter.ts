/**
 * Cheap checks run first (gitleaks' keyword prefilter, style §2.1): a pattern's regex runs only on a
 * text that can hold a match (PatternSpec.keywords, one regex per list; PatternSpec.requires), and a
 * regex whose matches begin at known places is tried, sticky, only there (matchesOf with `starts`
 * from the scan's text index, ./text-index). V8 runs a regex led by a lookbehind, a \p{..} class or a
 * long alternation at a few hundred MB/s, and the engine has dozens; every prefilter is itself a pass
 * over the text, so each one is measured before it is kept.
 *
 * All of them are exact when the contracts hold: they skip only texts or places where no match can
 * start.
 */
/** True when the text may hold a match: the lower-cased text holds one of `keywords` and the text matches `requires` (either may be absent). */
export type Prefilter = (keywords: readonly string[] | undefined, requires?: RegExp) => boolean;

/**
 * A prefilter for one text (and `lower`, the same lower-cased); answers are kept, since detectors share
 * them. (No named closures per call: under tsx each costs an Object.defineProperty.)
 */
export function prefilter(text: string, lower: string): Prefilter {
  const seen = new Map<RegExp, boolean>();
  return (keywords, requires) => (keywords === undefined || remembered(seen, anyOf(keywords), lower))
    && (requires === undefined || remembered(seen, requires, text));
}

function remembered(seen: Map<RegExp, boolean>, test: RegExp, text: string): boolean {
  let hit = seen.get(test);
  if (hit === undefined) {
    hit = test.test(text);
    seen.set(test, hit);
  }
  return hit;
}

/** `text` as a regex source that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const keywordTests = new WeakMap<readonly string[], RegExp>();

/** One regex for a keyword list: one pass over the text finds any of them, where includes() takes one pass per word (measured: half the time). */
function anyOf(keywords: readonly string[]): RegExp {
  let re = keywordTests.get(keywords);
  if (!re) {
    re = new RegExp(keywords.map(escapeRegExp).join('|'));
    keywordTests.set(keywords, re);
  }
  return re;
}

const stickies = new WeakMap<RegExp, RegExp>();

/** The sticky twin of a global regex: it matches only at its lastIndex. */
export function sticky(re: RegExp): RegExp {
  let s = stickies.get(re);
  if (!s) {
    s = new RegExp(re.source, `${re.flags}y`);
    stickies.set(re, s);
  }
  return s;
}

/** Lower case that keeps every offset (toLowerCase can change the length of a few characters). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * The non-empty matches of the global regex `re` in `text`, as an exec loop finds them; with `starts`
 * (ascending offsets that include every place where such a match can start) the regex is tried,
 * sticky, only there, and a start inside the previous match is skipped, as exec skips it.
 * (An array, not a callback: under tsx every named closure costs a defineProperty per call.)
 */
export function matchesOf(re: RegExp, text: string, starts?: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (starts) {
    const at = sticky(re);
    let from = 0;
    for (const start of starts) {
      if (start < from) continue;
      at.lastIndex = start;
      const m = at.exec(text);
      if (m === null || m[0].length === 0) continue;
      from = start + m[0].length;
      out.push(m);
    }
    return out;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex += 1; continue; }
    out.push(m);
  }
  return out;
}

/**
 * The matches of the global regex `re` in `text` that an exec loop finds and that reach a context word:
 * a match [s, e) is kept when a word starts at c in `cueStarts` (ascending) with s - before <= c <
 * e + after, the context gate's test (score/context.ts contextMayBeNear). Others may be left out: the
 * regex runs only through the stretches that such matches can touch, jumping over the rest.
 *
 * `spanChars` matches every character a match of `re` can hold. A stretch is entered at a character
 * it does not match (or the text's start), so no match runs across the entry and the exec loop from
 * there finds what an exec loop from the text's start finds from there on. A match is only ever kept
 * when it touches a stretch, so the gate needs no other test, except for a match that ends in an ASCII
 * letter (the gate always scores those): the regex must not have any.
 */
export function matchesNear(
  re: RegExp, text: string, spanChars: RegExp, cueStarts: readonly number[], before: number, after: number,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0; // the first cue start not yet in a stretch
  let lo = 0; // the current stretch: the characters [lo, hi] a kept match must touch
  let hi = -1;
  re.lastIndex = 0;
  for (;;) {
    if (re.lastIndex > hi) {
      // The next stretch that reaches past where the loop is; cue starts whose reaches touch are merged.
      while (re.lastIndex > hi) {
        if (next === cueStarts.length) return out;
        lo = Math.max(0, (cueStarts[next] as number) - after);
        hi = (cueStarts[next] as number) + before;
        for (next += 1; next < cueStarts.length && (cueStarts[next] as number) - after <= hi + 1; next += 1) {
          hi = (cueStarts[next] as number) + before;
        }
      }
      let entry = lo;
      while (entry > re.lastIndex && spanChars.test(text[entry - 1] as string)) entry -= 1;
      re.lastIndex = Math.max(re.lastIndex, entry);
    }
    const m = re.exec(text);
    if (m === null) return out;
    if (m[0].length === 0) { re.lastIndex += 1; continue; }
    // A match past this stretch: the loop goes on from it, so it is found again if a stretch reaches it.
    if (m.index > hi) { re.lastIndex = m.index; continue; }
    if (m.index + m[0].length > lo) out.push(m);
  }
}

/**
 * The ascending offsets where one of `needles` occurs in `text`, or with `past` the offsets just after
 * each occurrence, appended to `out`: one indexOf cursor per needle, merged, which costs less than a
 * regex pass for them all when they are rare. No needle may overlap another's occurrence (each is read
 * on from its end).
 */
export function occurrences(text: string, needles: readonly string[], past = false, out: number[] = []): number[] {
  const next: number[] = [];
  for (const needle of needles) next.push(text.indexOf(needle));
  for (;;) {
    let k = -1;
    for (let j = 0; j < next.length; j += 1) {
      if ((next[j] as number) >= 0 && (k < 0 || (next[j] as number) < (next[k] as number))) k = j;
    }
    if (k < 0) return out;
    const at = next[k] as number;
    const needle = needles[k] as string;
    out.push(past ? at + needle.length : at);
    next[k] = text.indexOf(needle, at + needle.length);
  }
}
