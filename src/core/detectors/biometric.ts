/**
 * Biometric identifiers (Safe Harbor P: "biometric identifiers, including finger and voice prints").
 * The prints themselves live in images and templates that a text scan cannot see; what reaches Jira and
 * Confluence is the enrolment or template ID that points at them ("Fingerprint ID: FP-7781-2093",
 * "voiceprint enrollment VP20931188"). The value after the cue is reported, not the phrase: 6-40
 * letters and digits (template hashes are long) with at least two digits.
 */
import { cuedPattern, digitCount, idToken } from './cue';
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

export function biometricIdValidity(value: string): Validation {
  const compact = value.replace(/-/g, '');
  if (compact.length < 6 || compact.length > 40 || digitCount(compact) < 2) return 'invalid';
  return undefined;
}

const MODALITY = String.raw`finger\s?print|thumb\s?print|palm\s?print|voice\s?print|retina(?:l)?\s?scan|iris\s?scan|face\s?(?:print|template)|biometric`;
const CUE = String.raw`(?:${MODALITY})(?:\s(?:enrol(?:l)?ment|template|record|sample|hash))?(?:\s?(?:id\b|identifier|#|template|ref\b|reference))?`;

export const biometric = defineDetector({
  id: 'biometric',
  type: 'BIOMETRIC_ID',
  requires: HAS_DIGIT,
  description: 'Biometric template or enrolment ID (fingerprint, voiceprint, retina/iris scan) after its cue',
  patterns: [
    {
      name: 'biometric-id-after-cue (medium)',
      regex: cuedPattern(CUE, idToken(6, 40)),
      group: 1, score: 0.3, needsContext: true,
      startsWith: ['finger', 'thumb', 'palm', 'voice', 'retina', 'iris', 'face', 'biometric'],
    },
  ],
  context: [
    'fingerprint', 'finger print', 'thumbprint', 'palm print', 'palmprint', 'voiceprint', 'voice print', 'retina scan', 'retinal scan',
    'iris scan', 'faceprint', 'face print', 'face template', 'biometric',
  ],
  negativeContext: ['version', 'build'],
  validate: biometricIdValidity,
  examples: {
    match: ['Fingerprint ID: FP-7781-2093', 'voiceprint VP20931188', 'retina scan id RS-0042-7719', 'biometric template 9f3a1c77e2b04d18'],
    ignore: ['fingerprint on file', 'voiceprint enrollment pending', 'biometric id AB1', 'retina scan normal'],
  },
});
