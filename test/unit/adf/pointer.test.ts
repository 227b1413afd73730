/** JSON pointers (RFC 6901) as findings name them: "~" and "/" inside keys are escaped and come back. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childPointer, getAt, pointerTokens, setAt, splitPointer } from '../../../src/core/adf/pointer';

describe('JSON pointers', () => {
  const cases: Array<[tokens: Array<string | number>, pointer: string]> = [
    [[], ''],
    [['content', 0, 'content', 12], '/content/0/content/12'],
    [['attrs', 'parameters', 'a/b'], '/attrs/parameters/a~1b'],
    [['attrs', 'x~y'], '/attrs/x~0y'],
    [['attrs', '~1'], '/attrs/~01'],
  ];
  for (const [tokens, pointer] of cases) {
    it(`${JSON.stringify(tokens)} <-> ${JSON.stringify(pointer)}`, () => {
      assert.equal(childPointer('', ...tokens), pointer);
      assert.deepEqual(pointerTokens(pointer), tokens.map(String));
    });
  }

  it('reads and writes through arrays and objects', () => {
    const value = { content: [{ attrs: { 'a/b': 'x', n: ['p', 'q'] } }] };
    assert.equal(getAt(value, '/content/0/attrs/a~1b'), 'x');
    assert.equal(getAt(value, '/content/0/attrs/n/1'), 'q');
    assert.equal(getAt(value, '/content/3/attrs'), undefined);
    assert.equal(getAt(value, '/content/0/attrs/a~1b/deeper'), undefined);
    setAt(value, '/content/0/attrs/n/0', 'P');
    assert.deepEqual(value.content[0]?.attrs.n, ['P', 'q']);
    assert.deepEqual(splitPointer('/content/0/attrs/a~1b'), ['/content/0/attrs', 'a/b']);
    assert.throws(() => setAt(value, '/nothing/here', 1), /no value at \/nothing/);
  });
});
