/** The built-in policy, in force until a site admin saves one: every Safe Harbor type, redacted as a label. */
import { PolicySchema, type Policy } from './schema';

export const HIPAA_SAFE_HARBOR: Policy = PolicySchema.parse({
  schemaVersion: 1,
  name: 'HIPAA Safe Harbor',
  tokenStyle: 'label',
  types: {},
  allowlist: { values: [], fingerprints: [], patterns: [] },
  customDetectors: [],
});
