import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/analyze';
import { jsoncComments, parseDirective, readSuppressions } from '../../../server/src/engine/suppressions';

const rules = (text: string, languageId = 'jsonc') => analyze({ text, languageId }).findings.map((f) => f.ruleId);

const POLICY = (comment: string) => `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      ${comment}
      "Action": ["s3:GetObjekt", "s3:getobject"],
      "Resource": "*"
    }
  ]
}`;

describe('suppression comments', () => {
  it('reports the findings when there is no directive', () => {
    assert.deepEqual(rules(POLICY('// just a note')), ['unknown-action', 'action-case']);
  });

  it('silences one rule on the next line', () => {
    assert.deepEqual(rules(POLICY('// policy-lens-disable-next-line unknown-action')), ['action-case']);
  });

  it('silences several rules, separated by commas, with a reason after --', () => {
    assert.deepEqual(rules(POLICY('// policy-lens-disable-next-line unknown-action, action-case -- legacy')), []);
  });

  it('silences every rule on the next line when no rule is named', () => {
    assert.deepEqual(rules(POLICY('/* policy-lens-disable-next-line */')), []);
  });

  it('silences a rule in the whole file', () => {
    assert.deepEqual(rules(`// policy-lens-disable action-case\n${POLICY('')}`), ['unknown-action']);
  });

  it('only silences the line after the comment', () => {
    const text = POLICY('').replace(
      '"Resource": "*"',
      '"Resource": "*"\n      // policy-lens-disable-next-line unknown-action',
    );
    assert.deepEqual(rules(text), ['unknown-action', 'action-case']);
  });

  it('ignores directives in strict JSON, where the comment itself is an error', () => {
    assert.ok(rules(POLICY('// policy-lens-disable-next-line unknown-action'), 'json').includes('unknown-action'));
  });

  it('does not mistake a string for a comment', () => {
    assert.deepEqual(jsoncComments('{"a": "// policy-lens-disable"} // real'), [{ offset: 32, body: ' real' }]);
    assert.equal(
      readSuppressions('{"a": "// policy-lens-disable"}', jsoncComments('{"a": "// policy-lens-disable"}')).file,
      undefined,
    );
  });

  it('reads directives without mistaking other words for them', () => {
    assert.deepEqual(parseDirective(' policy-lens-disable-next-line a,b  c '), {
      name: 'policy-lens-disable-next-line',
      rules: new Set(['a', 'b', 'c']),
    });
    assert.deepEqual(parseDirective('policy-lens-disable'), { name: 'policy-lens-disable', rules: 'all' });
    assert.equal(parseDirective('policy-lens-disabled foo'), undefined);
    assert.equal(parseDirective('see policy-lens-disable'), undefined);
  });
});
