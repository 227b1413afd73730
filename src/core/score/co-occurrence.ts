/**
 * PHI attracts PHI: a value that is weak on its own (a bare full date with no "DOB" or "admitted" near
 * it) is reported when the same text already holds a strong finding of another type. In a ticket
 * with a patient's SSN or name, an unexplained full date is most likely a birth or visit date; in
 * release notes, where nothing else is PHI, it is a ship date and stays. This is the "clinical-context
 * gating" the rule-based de-identifiers use, at the level of one scanned text.
 */
import type { ScoredCandidate } from './score';

/** A finding this sure, of another type, makes the text one about a person. */
export const STRONG_SCORE = 0.7;
/**
 * Contact details a help desk, a vendor or a colleague has as much as a patient ("Call the desk at
 * 312-555-0100. Patch window 03/14/2026"): they do not make a text one about a person.
 */
const CONTACT_TYPES: ReadonlySet<string> = new Set(['EMAIL', 'PHONE', 'FAX', 'URL', 'IP_ADDRESS']);
/** How far below the threshold a near miss may be. */
export const PROMOTION = 0.1;

export function promoteNearOtherPhi(
  accepted: readonly ScoredCandidate[], nearMisses: ReadonlyArray<{ candidate: ScoredCandidate; minScore: number }>,
): ScoredCandidate[] {
  if (nearMisses.length === 0) return [];
  const strongTypes = new Set(accepted.filter((c) => c.score >= STRONG_SCORE && !CONTACT_TYPES.has(c.type)).map((c) => c.type));
  return nearMisses
    .filter(({ candidate, minScore }) => [...strongTypes].some((t) => t !== candidate.type) && candidate.score + PROMOTION >= minScore)
    .map(({ candidate, minScore }) => ({
      ...candidate,
      score: Math.max(minScore, candidate.score),
      why: { ...candidate.why, context: 'other PHI in the same text' },
    }));
}
