/**
 * What a detector is: data plus small functions, no classes and no I/O (DEVELOPERS.md, style §2.1).
 *
 * A detector proposes candidates in the normalised text (see core/normalise). It never reads policy and
 * never computes a final score: core/score applies validation, context and thresholds, and settles
 * overlaps. Adding a detector is one file exporting a `Detector` plus one line in detectors/index.ts.
 */
import type { FindingType } from '../finding-types';
import type { DigitRunSpec, FindHints } from './text-index';

/** A validator's verdict: `valid` raises the score, `invalid` drops the candidate, `undefined` is no opinion. */
export type Validation = 'valid' | 'invalid' | undefined;

export interface PatternSpec {
  /** Says how strong the pattern is, e.g. "ssn-dashed (medium)". Shown in explanations. */
  readonly name: string;
  /**
   * Must be global (`g`) and linear-time: no nested quantifiers, no back-references (the registry test
   * checks). Matching runs on normalised text: ASCII digits, `-` for every dash, ` ` for every space.
   */
  readonly regex: RegExp;
  /** Base score in [0, 1] before validation and context. */
  readonly score: number;
  /** Index of the capture group that holds the value; the whole match when absent. */
  readonly group?: number;
  /** The candidate is dropped unless one of the detector's context words is near it. */
  readonly needsContext?: boolean;
  /**
   * A match that falls just short of the threshold is reported anyway when the same text holds another
   * strong finding (core/score/co-occurrence.ts): a bare date next to a patient's SSN is most likely
   * their date of birth; a bare date in release notes is not.
   */
  readonly promotedByOtherPhi?: boolean;
  /**
   * Keyword prefilter (gitleaks; style §2.1 "cheap checks run first"): lower-case strings such that
   * every match (lower-cased) contains one. The pattern runs only on texts whose lower-cased form holds
   * one, so a wrong list loses findings silently; the registry test checks the contract on the
   * examples. The list costs a pass over every text, so it pays only when most texts hold none.
   */
  readonly keywords?: readonly string[];
  /**
   * For a cue pattern: lower-case words (two characters or more) one of which every match begins with,
   * at the start of a word (its lookbehind rejects a letter or digit before). A prefix will do: "enc"
   * for "encounter". The regex is then tried only where one occurs (core/detectors/text-index). A
   * missing word loses matches silently; the registry test checks every example.
   */
  readonly startsWith?: readonly string[];
  /**
   * For a pattern whose every match starts at the first digit of a run of ASCII digits (its lookbehind
   * rejects a digit before): the lengths that run may have and, if the format fixes it, the characters
   * that may follow it. The regex is then tried only at those runs (core/detectors/text-index). A spec
   * that is too narrow loses matches silently; a property test checks each one against the plain regex.
   */
  readonly digitRun?: DigitRunSpec;
  /**
   * For a pattern that needs context and has no cheaper anchor (digitRun, startsWith): a non-global
   * regex that matches every character a match can hold, with the pattern's flags (case folding
   * included), and no match may end in an ASCII letter. The scan then runs the regex only through
   * the stretches of text near the detector's context words (prefilter.ts matchesNear), entering each
   * at a character this class rejects. A class that misses a character loses matches silently; the
   * registry test checks the examples and the context-gate property test generated texts.
   */
  readonly spanChars?: RegExp;
  /**
   * A value with its label outside the text: an ADF cell under a column header "MRN", a field named
   * "Member ID", the run after "MRN" and an emoji. The pattern is tried only when the scan's outside
   * context holds one of these terms (lower case), and its regex should match the whole text, so a
   * cell that holds more than the value is left to the cue patterns. Needs context.
   */
  readonly underLabel?: readonly string[];
  /**
   * Prefilter for what keywords cannot say: a non-global regex that matches every text holding a match
   * of this pattern (the month-name date patterns need a month name). Tested once per scan, shared by
   * the patterns that use the same RegExp object. Cheap only when led by a literal or a small,
   * case-sensitive set of characters; otherwise it costs what it saves.
   */
  readonly requires?: RegExp;
}

/** A candidate span proposed by a detector, in normalised-text offsets. */
export interface Candidate {
  readonly detector: string;
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
  readonly pattern: string;
  readonly score: number;
  readonly needsContext: boolean;
  /** See PatternSpec.promotedByOtherPhi. */
  readonly promotedByOtherPhi?: boolean;
  /** Set by `find` detectors that validated the value themselves. */
  readonly validation?: Validation;
}

/** Text around a candidate that context rules may look at (normalised, lower-cased by the scorer). */
export interface ContextWindow {
  /** Text before the candidate, with any outside context in front of it. */
  readonly before: string;
  readonly after: string;
  /** Outside context alone (a table cell's column header and row label), if any. */
  readonly outside?: string;
}

export interface Detector {
  readonly id: string;
  readonly type: FindingType;
  /**
   * Every type its candidates may have, when `find` reports more than `type` (an address block's city
   * and ZIP, an HL7 segment's fields). The detector runs while the policy enables any of them.
   */
  readonly types?: readonly FindingType[];
  /** One line: the identifier's format and the authority that defines it. */
  readonly description: string;
  readonly patterns: readonly PatternSpec[];
  /**
   * Like PatternSpec.requires, for the whole detector (its patterns and `find`): most detectors need a
   * digit in the text (`HAS_DIGIT`), and in ADF most runs of prose have none. One test per scan, shared.
   */
  readonly requires?: RegExp;
  /**
   * Proposes candidates for detectors whose shape is not one regex (names, addresses, dates). Runs on the
   * normalised text; must be linear in its length. `lower` is that text lower-cased with the same offsets,
   * for finding cue words with indexOf (core/detectors/prefilter); `hints`, given to detectors that
   * declare findCues, is what the scan's text index knows about it (core/detectors/text-index).
   */
  readonly find?: (text: string, lower: string, hints?: FindHints) => Candidate[];
  /**
   * Lower-case words (two characters or more) that begin every cue `find` reads from, at the start of a
   * word; a prefix will do. A missing word loses findings silently: the detector's tests must cover
   * every cue.
   */
  readonly findCues?: readonly string[];
  /** Words or phrases (lower case, matched on word boundaries) that raise the score when near. */
  readonly context?: readonly string[];
  /** Words or phrases that lower the score when near (e.g. "version", "build", "invoice"). */
  readonly negativeContext?: readonly string[];
  /** Characters of text before and after a candidate searched for context; defaults in core/score/context. */
  readonly contextWindow?: { readonly before?: number; readonly after?: number };
  /** Checks the matched value (normalised text of the span). */
  readonly validate?: (value: string) => Validation;
  /**
   * Refines the type from the words around a candidate (a phone number after "Fax:" is a FAX). Returns
   * undefined to keep the detector's type.
   */
  readonly refineType?: (window: ContextWindow) => FindingType | undefined;
  /** Evidence: values this detector must find (each alone or in a sentence) and decoys it must not. */
  readonly examples: { readonly match: readonly string[]; readonly ignore: readonly string[] };
}

/** Shared by every detector whose values hold a digit, so the prefilter tests it once per scan. */
export const HAS_DIGIT = /\d/;

/** Builds a frozen detector, failing at load (not mid-scan) on a pattern that breaks the contract. */
export function defineDetector(detector: Detector): Detector {
  for (const keywords of detector.patterns.map((p) => p.keywords)) {
    if (keywords && (keywords.length === 0 || keywords.some((k) => k === '' || k !== k.toLowerCase()))) {
      throw new Error(`detector ${detector.id}: keywords must be non-empty lower-case strings`);
    }
  }
  for (const [words, owner] of [[detector.findCues, 'findCues'], ...detector.patterns.map((p) => [p.startsWith, `pattern ${p.name} startsWith`] as const)] as const) {
    if (words && (words.length === 0 || words.some((w) => w.length < 2 || w !== w.toLowerCase()))) {
      throw new Error(`detector ${detector.id}: ${owner} words must be lower case, two characters or more`);
    }
  }
  for (const p of detector.patterns) {
    if (!p.regex.global) throw new Error(`detector ${detector.id}: pattern ${p.name} must be global`);
    if (p.spanChars && (p.spanChars.global || p.spanChars.sticky || !p.needsContext)) {
      throw new Error(`detector ${detector.id}: pattern ${p.name} spanChars needs a non-global regex and needsContext`);
    }
    if (p.underLabel && (!p.needsContext || p.underLabel.length === 0)) {
      throw new Error(`detector ${detector.id}: pattern ${p.name} underLabel needs label terms and needsContext`);
    }
    if (p.requires && (p.requires.global || p.requires.sticky)) throw new Error(`detector ${detector.id}: pattern ${p.name} requires a non-global regex`);
    if (!(p.score >= 0 && p.score <= 1)) throw new Error(`detector ${detector.id}: pattern ${p.name} score outside 0..1`);
    if (p.digitRun && !(p.digitRun.min >= 1 && p.digitRun.min <= p.digitRun.max)) {
      throw new Error(`detector ${detector.id}: pattern ${p.name} digitRun needs 1 <= min <= max`);
    }
  }
  if (detector.patterns.some((p) => p.needsContext) && !detector.context?.length) {
    throw new Error(`detector ${detector.id}: a pattern needs context but the detector lists no context words`);
  }
  return Object.freeze(detector);
}
