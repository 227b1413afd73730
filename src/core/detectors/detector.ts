/**
 * What a detector is: data plus small functions, no classes and no I/O (DEVELOPERS.md, style §2.1).
 *
 * A detector proposes candidates in the normalised text (see core/normalise). It never reads policy and
 * never computes a final score: core/score applies validation, context and thresholds, and settles
 * overlaps. Adding a detector is one file exporting a `Detector` plus one line in detectors/index.ts.
 */
import type { FindingType } from '../finding-types';

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
  /** Set by `find` detectors that validated the value themselves. */
  readonly validation?: Validation;
}

/** Text around a candidate that context rules may look at (normalised, lower-cased by the scorer). */
export interface ContextWindow {
  readonly before: string;
  readonly after: string;
}

export interface Detector {
  readonly id: string;
  readonly type: FindingType;
  /** One line: the identifier's format and the authority that defines it. */
  readonly description: string;
  readonly patterns: readonly PatternSpec[];
  /**
   * Proposes candidates for detectors whose shape is not one regex (names, addresses, dates). Runs on the
   * normalised text; must be linear in its length.
   */
  readonly find?: (text: string) => Candidate[];
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

/** Builds a frozen detector, failing at load (not mid-scan) on a pattern that breaks the contract. */
export function defineDetector(detector: Detector): Detector {
  for (const p of detector.patterns) {
    if (!p.regex.global) throw new Error(`detector ${detector.id}: pattern ${p.name} must be global`);
    if (!(p.score >= 0 && p.score <= 1)) throw new Error(`detector ${detector.id}: pattern ${p.name} score outside 0..1`);
  }
  if (detector.patterns.some((p) => p.needsContext) && !detector.context?.length) {
    throw new Error(`detector ${detector.id}: a pattern needs context but the detector lists no context words`);
  }
  return Object.freeze(detector);
}
