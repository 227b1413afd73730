import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { policyDiff } from '../../../src/app/admin/policy-diff';
import { HIPAA_SAFE_HARBOR } from '../../../src/core/policy/defaults';
import { CustomDetectorSchema } from '../../../src/core/policy/schema';

const detector = CustomDetectorSchema.parse({ id: 'member-id', pattern: 'HX\\d{7}', context: ['member'] });

describe('policyDiff', () => {
  const cases: Array<{ name: string; after: typeof HIPAA_SAFE_HARBOR; lines: string[] }> = [
    { name: 'no change', after: HIPAA_SAFE_HARBOR, lines: [] },
    { name: 'a scalar', after: { ...HIPAA_SAFE_HARBOR, tokenStyle: 'mask' }, lines: ['tokenStyle "label" "mask"'] },
    { name: 'a list of keys, as one pair', after: { ...HIPAA_SAFE_HARBOR, scope: { ...HIPAA_SAFE_HARBOR.scope, includeSpaces: ['CLIN', 'HR'] } }, lines: ['scope.includeSpaces [] ["CLIN","HR"]'] },
    { name: 'a type rule set for the first time', after: { ...HIPAA_SAFE_HARBOR, types: { DATE: { action: 'tag' } } }, lines: ['types.DATE.action - "tag"'] },
    {
      name: 'an added custom detector, field by field under its id',
      after: { ...HIPAA_SAFE_HARBOR, customDetectors: [detector] },
      lines: ['customDetectors[member-id].caseSensitive - false', 'customDetectors[member-id].checksum - "none"', 'customDetectors[member-id].context - ["member"]',
        'customDetectors[member-id].id - "member-id"', 'customDetectors[member-id].needsContext - true', 'customDetectors[member-id].pattern - "HX\\\\d{7}"',
        'customDetectors[member-id].score - 0.6', 'customDetectors[member-id].type - "OTHER_ID"'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(policyDiff(HIPAA_SAFE_HARBOR, c.after).map((d) => [d.path, d.before ?? '-', d.after ?? '-'].join(' ')), c.lines);
    });
  }
  it('reads a removal as the mirror of an addition', () => {
    const added = policyDiff(HIPAA_SAFE_HARBOR, { ...HIPAA_SAFE_HARBOR, customDetectors: [detector] });
    const removed = policyDiff({ ...HIPAA_SAFE_HARBOR, customDetectors: [detector] }, HIPAA_SAFE_HARBOR);
    assert.deepEqual(removed, added.map((d) => ({ path: d.path, ...(d.after !== undefined ? { before: d.after } : {}) })));
  });
});
