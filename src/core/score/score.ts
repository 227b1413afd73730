/**
 * Scoring, one stage for every detector: validation, then context, then negative context.
 *
 *   invalid             -> dropped
 *   needs context, none -> dropped
 *   valid               -> base + VALID_BOOST
 *   context word near   -> max(score + CONTEXT_BOOST, CONTEXT_FLOOR)
 *   negative word near  -> score - NEGATIVE_CONTEXT_PENALTY
 * clamped to [0, 1]. Thresholds are the policy's, applied by the caller.
 */
import type { Candidate, Detector, Validation } from '../detectors/detector';
import type { FindingType } from '../finding-types';
import type { FindingExplanation } from '../finding';
import { CONTEXT_BOOST, CONTEXT_FLOOR, NEGATIVE_CONTEXT_PENALTY, compiledContext, negativeContext, positiveAfterNegative, positiveContext, windowAround } from './context';

export const VALID_BOOST = 0.3;

export interface ScoredCandidate {
  readonly detector: string;
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly why: FindingExplanation;
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));

export function scoreCandidate(
  detector: Detector, candidate: Candidate, text: string, lower: string, outside: string,
): ScoredCandidate | undefined {
  // A candidate that needs context is judged on it first: most have none, and a context search is
  // cheaper than a validator. Any other candidate is validated first: an invalid value needs no window.
  let validation = candidate.needsContext ? undefined : validationOf(detector, candidate, text);
  if (validation === 'invalid') return undefined;
  const { before, after } = compiledContext(detector);
  const window = windowAround(lower, candidate.start, candidate.end, before, after, outside);
  let positive = positiveContext(detector, window);
  // A candidate that needs context and has none is dropped below: its negative word is never read.
  const negative = positive || !candidate.needsContext ? negativeContext(detector, window) : undefined;
  // A positive word farther off than a negative one belongs to an earlier value (context.ts).
  if (positive && negative && !positiveAfterNegative(detector, window)) positive = undefined;
  if (candidate.needsContext) {
    if (!positive) return undefined;
    validation = validationOf(detector, candidate, text);
    if (validation === 'invalid') return undefined;
  }

  let score = candidate.score;
  if (validation === 'valid') score += VALID_BOOST;
  if (positive) score = Math.max(score + CONTEXT_BOOST, CONTEXT_FLOOR);
  if (negative) score -= NEGATIVE_CONTEXT_PENALTY;

  return {
    detector: candidate.detector,
    type: detector.refineType?.(window) ?? candidate.type,
    start: candidate.start,
    end: candidate.end,
    score: clamp(score),
    why: explanation(candidate, validation ?? 'none', positive, negative),
  };
}

/** What the finder already knows of the value, else what the detector's validator says. */
function validationOf(detector: Detector, candidate: Candidate, text: string): Validation {
  return candidate.validation ?? detector.validate?.(text.slice(candidate.start, candidate.end));
}

/** The why of a finding, context words only when found (no spreads: this runs for every candidate kept). */
function explanation(
  candidate: Candidate, validation: FindingExplanation['validation'], positive: string | undefined, negative: string | undefined,
): FindingExplanation {
  const { pattern, score: baseScore } = candidate;
  if (positive && negative) return { pattern, baseScore, validation, context: positive, negativeContext: negative };
  if (positive) return { pattern, baseScore, validation, context: positive };
  if (negative) return { pattern, baseScore, validation, negativeContext: negative };
  return { pattern, baseScore, validation };
}
