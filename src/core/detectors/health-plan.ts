/**
 * Health plan beneficiary number (Safe Harbor I): member, subscriber, policy, group and insurance IDs.
 * Payers choose their own formats (the NCPDP/WEDI health ID card standard only fixes where the member
 * ID is printed, https://www.wedi.org), commonly 6-20 letters and digits with a prefix ("XYZ123456789",
 * "W2345 67890"). With no checksum, a value counts only right after a cue with its marker
 * ("member ID", "policy #", "group no."): a bare "policy" or "group" is ordinary prose. Medicare's MBI
 * has its own validated detector.
 */
import { cuedPattern, digitCount, idToken, wholeValue } from './cue';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

/** 6-20 letters and digits with at least 3 digits (a plan name like "GOLD2" is not an ID). */
export function healthPlanIdValidity(value: string): Validation {
  const compact = value.replace(/-/g, '');
  if (compact.length < 6 || compact.length > 20 || digitCount(compact) < 3) return 'invalid';
  return undefined;
}

// Canada's Social Insurance Number is a national id (detectors/national-id.ts), not a plan's.
const HOLDER = String.raw`member|subscriber|beneficiary|(?<!social\s)insurance|insured|ins\.?|policy|group|grp|(?:health\s)?plan|medicaid|payer|coverage`;
const MARKER = String.raw`\s?(?:#|no\b|number|num\b|id\b|identifier|ident\b)`;

export const healthPlan = defineDetector({
  id: 'health-plan',
  type: 'HEALTH_PLAN_ID',
  requires: HAS_DIGIT,
  description: 'Health plan member/subscriber/policy/group ID after its cue; 6-20 letters and digits with digits',
  patterns: [
    {
      name: 'plan-id-after-cue (medium)',
      // The HICN, Medicare's number before the MBI (an SSN and a letter), needs no marker.
      regex: cuedPattern(`(?:${HOLDER})${MARKER}|hicn`, idToken(6, 20)),
      group: 1, score: 0.3, needsContext: true,
      startsWith: ['member', 'subscriber', 'beneficiary', 'ins', 'policy', 'group', 'grp', 'health', 'plan', 'medicaid', 'payer', 'coverage', 'hicn'],
    },
    {
      name: 'plan-id-under-label (medium)', regex: wholeValue(idToken(6, 20)), group: 1, score: 0.3, needsContext: true,
      underLabel: ['member id', 'member number', 'member #', 'member no', 'subscriber id', 'subscriber number', 'policy number',
        'policy #', 'policy no', 'medicaid id', 'medicare id', 'insurance id', 'insurance number', 'health plan id', 'plan id'],
    },
  ],
  context: ['member', 'subscriber', 'beneficiary', 'insurance', 'insured', 'ins', 'policy', 'group', 'grp', 'plan', 'health plan', 'medicaid', 'payer', 'coverage', 'hicn'],
  negativeContext: ['build', 'version', 'invoice', 'ticket'],
  validate: healthPlanIdValidity,
  examples: {
    match: ['Member ID: XYZ123456789', 'policy # 88-4417-2093', 'Group No. 0047712', 'subscriber id W23456789', 'Medicaid ID 71234509AB', 'insurance number BCX4471902', 'HICN 123456789A (old Medicare)'],
    ignore: ['see policy H1', 'policy 4417823', 'group 12345 of patients', 'member ID GOLDPLAN', 'plan id 12'],
  },
});
