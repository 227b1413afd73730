/** Turns a policy's custom detectors (a site's own MRN or member-ID formats) into ordinary detectors. */
import { luhnValid } from '../checksums/luhn';
import { mod11Valid } from '../checksums/mod11';
import type { CustomDetector } from '../policy/schema';
import { defineDetector, type Detector, type Validation } from './detector';

const checksums: Record<CustomDetector['checksum'], ((v: string) => Validation) | undefined> = {
  none: undefined,
  luhn: (v) => (luhnValid(v.replace(/\D/g, '')) ? 'valid' : 'invalid'),
  mod11: (v) => (mod11Valid(v.replace(/[^\dXx]/g, '')) ? 'valid' : 'invalid'),
};

export function compileCustomDetector(custom: CustomDetector): Detector {
  const flags = custom.caseSensitive ? 'gu' : 'giu';
  return defineDetector({
    id: `custom:${custom.id}`,
    type: custom.type,
    description: `Site-defined detector ${custom.id}`,
    patterns: [{
      name: `${custom.id} (site pattern)`,
      // Bounded so a site pattern never matches inside a longer word or number.
      regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${custom.pattern})(?![\\p{L}\\p{N}])`, flags),
      score: custom.score,
      needsContext: custom.needsContext && custom.context.length > 0,
    }],
    context: custom.context,
    validate: checksums[custom.checksum],
    examples: { match: [], ignore: [] },
  });
}
