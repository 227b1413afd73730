import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePolicy } from '../../../src/core/policy/parse';
import { inScope } from '../../../src/core/policy/scope';

const policy = (scope: Record<string, string[]>) => {
  const parsed = parsePolicy({ schemaVersion: 1, name: 'x', scope });
  assert.ok(parsed.ok);
  return parsed.policy;
};

describe('policy scope', () => {
  it('covers everything by default', () => assert.equal(inScope(policy({}), 'jira', 'HC'), true));
  it('an include list limits the projects, case-insensitively', () => {
    const p = policy({ includeProjects: ['hc'] });
    assert.equal(inScope(p, 'jira', 'HC'), true);
    assert.equal(inScope(p, 'jira', 'OPS'), false);
    assert.equal(inScope(p, 'confluence', 'CLIN'), true);
  });
  it('an exclude list wins over the include list', () => {
    const p = policy({ includeSpaces: ['CLIN', 'HR'], excludeSpaces: ['HR'] });
    assert.equal(inScope(p, 'confluence', 'HR'), false);
    assert.equal(inScope(p, 'confluence', 'CLIN'), true);
  });
});
