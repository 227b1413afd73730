/** HEALTH_PLAN_ID: member, subscriber, policy, group and insurance IDs right after their cue and marker. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { healthPlanIdValidity } from '../../../src/core/detectors/health-plan';
import type { FindingType } from '../../../src/core/finding-types';
import { spansOf } from './isolated-scan';

const ROWS: Array<[string, Array<[FindingType, string]>, string]> = [
  ['Member ID: XYZ123456789', [['HEALTH_PLAN_ID', 'XYZ123456789']], 'member ID with a payer prefix'],
  ['policy # 88-4417-2093', [['HEALTH_PLAN_ID', '88-4417-2093']], 'dashed policy number'],
  ['Group No. 0047712', [['HEALTH_PLAN_ID', '0047712']], 'group number'],
  ['subscriber id W23456789; group # 7741-02', [['HEALTH_PLAN_ID', 'W23456789'], ['HEALTH_PLAN_ID', '7741-02']], 'two IDs, each after its cue'],
  ['Medicaid ID 71234509AB', [['HEALTH_PLAN_ID', '71234509AB']], 'Medicaid ID'],
  ['see policy H1', [], 'case C13: bare "policy" and a short code'],
  ['policy 4417823', [], 'bare "policy" without a marker is prose'],
  ['group 12345 of patients', [], 'bare "group"'],
  ['member ID GOLDPLAN', [], 'no digits'],
  ['plan id 12', [], 'too short'],
];

describe('health-plan detector', () => {
  for (const [text, want, why] of ROWS) it(`${why}: ${JSON.stringify(text)}`, () => assert.deepEqual(spansOf(text, ['HEALTH_PLAN_ID']), want));
});

describe('healthPlanIdValidity', () => {
  const rows: Array<[string, ReturnType<typeof healthPlanIdValidity>]> = [
    ['XYZ123456789', undefined], ['GOLD22', 'invalid'], ['12345', 'invalid'], ['A'.repeat(18) + '123', 'invalid'],
  ];
  for (const [value, want] of rows) it(`${value} -> ${want}`, () => assert.equal(healthPlanIdValidity(value), want));
});
