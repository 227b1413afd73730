/**
 * A policy with simple site-defined PHONE, EMAIL and URL detectors, so the ADF layer's tests do not
 * depend on how the built-in detectors for those types evolve. The built-in detectors still run.
 */
import { PolicySchema } from '../../src/core/policy/schema';

export const ADF_TEST_POLICY = PolicySchema.parse({
  schemaVersion: 1,
  name: 'adf-test',
  customDetectors: [
    { id: 'test-phone', type: 'PHONE', pattern: '\\(\\d{3}\\) \\d{3}-\\d{4}', needsContext: false, score: 0.9 },
    { id: 'test-email', type: 'EMAIL', pattern: '[a-z]{1,30}\\.[a-z]{1,30}@example\\.org', needsContext: false, score: 0.9 },
    { id: 'test-url', type: 'URL', pattern: 'https://portal\\.example\\.org/[a-z]{1,30}\\?[a-zA-Z]{1,30}=\\d{1,10}[a-z=&]{0,30}', needsContext: false, score: 0.9 },
  ],
});
