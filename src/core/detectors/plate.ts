/**
 * Licence plate (Safe Harbor L, "vehicle identifiers ... including license plate numbers"). Plates have
 * no national format: US states issue 2 to 8 letters and digits, often with a space or dash. So a
 * value is taken only right after a plate cue ("license plate", "plate #", "tag no."), upper case, 4 to 8
 * characters with at least one letter and one digit: a vanity plate of letters only is missed, and
 * "tag v1.2.3" (a git tag) is not a plate. "Tag" is everyday IT vocabulary ("Asset tag: PRN-0442"), so
 * a tag cue counts only with a vehicle word near it, and asset or inventory words veto it.
 */
import { defineDetector, type Validation, HAS_DIGIT } from './detector';

export function plateValidity(value: string): Validation {
  const chars = value.replace(/[ -]/g, '');
  if (chars.length < 4 || chars.length > 8) return 'invalid';
  return /[A-Z]/.test(chars) && /\d/.test(chars) ? undefined : 'invalid';
}

export const plate = defineDetector({
  id: 'plate',
  type: 'VEHICLE_ID',
  requires: HAS_DIGIT,
  description: 'Licence plate after a plate cue: 4-8 upper-case letters and digits (state formats vary)',
  patterns: [
    {
      name: 'plate-after-cue (medium)',
      regex: /(?<![\p{L}\p{N}])(?:[Ll]icen[cs]e plate|LICEN[CS]E PLATE|[Pp]late|PLATE|[Tt]ag|TAG)(?: ?#| no\.?| number| num\.?)?:? ?([A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5})(?![\p{L}\p{N}]|[.-][\p{L}\p{N}])/dgu,
      group: 1,
      score: 0.5,
      startsWith: ['licen', 'plate', 'tag'],
      needsContext: true,
    },
  ],
  context: ['plate', 'license plate', 'licence plate', 'registration plate', 'vehicle', 'car', 'truck', 'parking', 'dmv'],
  negativeContext: ['asset', 'asset tag', 'inventory', 'equipment', 'git', 'docker', 'release', 'version'],
  contextWindow: { before: 40, after: 0 },
  validate: plateValidity,
  examples: {
    match: ['license plate 7ABC123', 'Plate #: KZX-4471', 'parked car, tag no. 4GH 2817'],
    ignore: ['license plate ABCDEFG', 'tag v1.2.3', 'plate 12', '7ABC123', 'git tag 2024', 'Asset tag: PRN-0442', 'tag no. 4GH 2817'],
  },
});
