/** The policy for a CLI run: the built-in default, or a file parsed with the policy schema. */
import { HIPAA_SAFE_HARBOR } from '../core/policy/defaults';
import { parsePolicy } from '../core/policy/parse';
import type { Policy } from '../core/policy/schema';
import { CliError } from './errors';
import { parseJson, readSource } from './read-input';

export async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined) return HIPAA_SAFE_HARBOR;
  const text = await readSource(file);
  const result = parsePolicy(parseJson(text, file));
  if (!result.ok) throw new CliError(`${file}: invalid policy: ${result.problems.join('; ')}`);
  return result.policy;
}

/** The secret pseudonym tokens and allowlist fingerprints are keyed with; refused when needed and missing. */
export function requireSecret(policy: Policy, secret: string | undefined, redact: boolean): string {
  const needed = (redact && policy.tokenStyle === 'pseudonym') || policy.allowlist.fingerprints.length > 0;
  if (needed && !secret) {
    throw new CliError('this policy needs the site secret (pseudonym tokens or allowlist fingerprints): set PHI_GUARD_SECRET');
  }
  return secret ?? '';
}
