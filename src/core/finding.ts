/** A finding: what was found, where, how sure, and why (style §2.5). Offsets are in the original text. */
import type { FindingType } from './finding-types';
import type { Validation } from './detectors/detector';

export interface FindingExplanation {
  /** The pattern (or finder) that proposed the span. */
  readonly pattern: string;
  readonly baseScore: number;
  readonly validation: Exclude<Validation, undefined> | 'none';
  /** The context word found near the span, if any. */
  readonly context?: string;
  /** The negative context word found near the span, if any. */
  readonly negativeContext?: string;
}

export interface Finding {
  readonly type: FindingType;
  /** UTF-16 offsets into the text as given; `text === input.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly detector: string;
  /** The original characters of the span. */
  readonly text: string;
  /** The span's text after normalisation (fullwidth folded, zero-width removed): what tokens and fingerprints use. */
  readonly normalised: string;
  readonly why: FindingExplanation;
}
