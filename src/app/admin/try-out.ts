/**
 * The page's two try-it-out tools, both through the real engine (scanText / redactTextStable) and both
 * stateless: nothing the admin pastes is stored or logged, and no matched text is sent back.
 */
import { HIPAA_SAFE_HARBOR } from '../../core/policy/defaults';
import { checkLinearPattern } from '../../core/policy/linear-pattern';
import { CustomDetectorSchema, type Policy } from '../../core/policy/schema';
import { redactTextStable } from '../../core/redact/text';
import { scanText } from '../../core/scan';
import type { DetectorTest, Payload, SampleResult } from '../../shared/resolver-contract';
import { AdminError } from './errors';

/**
 * Runs a draft custom detector over its examples. A refused pattern is an answer, not an error: the page
 * shows the reason next to the field. Examples are scanned with the preset plus this detector, so a
 * built-in detector that wins the overlap shows up as "did not match", as it would on the site.
 */
export function testDetector(p: Payload<'testDetector'>): DetectorTest {
  const problem = checkLinearPattern(p.detector.pattern);
  if (problem) return { patternProblem: problem, results: [], allOk: false };
  const detector = CustomDetectorSchema.parse(p.detector);
  const policy: Policy = { ...HIPAA_SAFE_HARBOR, customDetectors: [detector] };
  const id = `custom:${detector.id}`;
  const run = (text: string, expected: 'match' | 'no-match') => {
    const matched = scanText(text, { policy }).some((f) => f.detector === id);
    return { text, expected, matched, ok: matched === (expected === 'match') };
  };
  const results = [...p.mustMatch.map((t) => run(t, 'match')), ...p.mustNotMatch.map((t) => run(t, 'no-match'))];
  if (results.length === 0) throw new AdminError('VALIDATION', 'Give at least one example that must match or must not match.');
  return { results, allOk: results.every((r) => r.ok) };
}

/** Findings of the first pass (offsets into the text as sent) and the fully redacted text. */
export function testSample(text: string, policy: Policy, secret: string): SampleResult {
  const { text: redacted, passes } = redactTextStable(text, { policy, secret, style: policy.tokenStyle });
  const findings = (passes[0] ?? []).map((f) => ({ type: f.type, detector: f.detector, score: Math.round(f.score * 100) / 100, start: f.start, end: f.end }));
  return { findings, redacted };
}
