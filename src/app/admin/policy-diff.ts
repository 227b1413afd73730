/**
 * A readable diff of two policies for the history tab: one line per changed leaf, by dotted path
 * ("types.SSN.action: redact -> tag"); a side without the leaf has no `before` or `after` (not set, so
 * the default applies, or an added or removed detector). Arrays of plain values (keys, recipients, fingerprints) are compared
 * as a whole, so "scope.excludeProjects" reads as one before/after pair rather than index noise.
 */
import type { Policy } from '../../core/policy/schema';
import type { DiffLine } from '../../shared/resolver-contract';

type Leaves = Map<string, string>;

function flatten(value: unknown, path: string, out: Leaves): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(value) && (path === 'customDetectors' || value.some((v) => v !== null && typeof v === 'object'))) {
    // Custom detectors: keyed by id so a changed detector shows as its fields, an added one as new fields.
    value.forEach((v, i) => flatten(v, `${path}[${(v as { id?: string }).id ?? i}]`, out));
    return;
  }
  out.set(path, JSON.stringify(value));
}

export function policyDiff(before: Policy, after: Policy): DiffLine[] {
  const a: Leaves = new Map();
  const b: Leaves = new Map();
  flatten(before, '', a);
  flatten(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((p) => a.get(p) !== b.get(p)).map((path) => {
    const was = a.get(path);
    const now = b.get(path);
    return { path, ...(was !== undefined ? { before: was } : {}), ...(now !== undefined ? { after: now } : {}) };
  });
}
