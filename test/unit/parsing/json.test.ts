import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJson } from '../../../server/src/parsing/json';
import { PObject, PString, spanInString } from '../../../server/src/parsing/tree';
import { parseMarked } from '../../helpers/marked';

function problemsAt(marked: string, options = {}) {
  const { text, spans } = parseMarked(marked);
  const { problems } = parseJson(text, options);
  assert.deepEqual(
    problems.map((p) => text.substr(p.offset, p.length)),
    spans.map((s) => text.substr(s.offset, s.length)),
  );
  assert.deepEqual(
    problems.map((p) => p.offset),
    spans.map((s) => s.offset),
  );
  return problems;
}

describe('parseJson', () => {
  it('keeps every node with its exact span', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}';
    const root = parseJson(text).root as PObject;
    assert.equal(root.type, 'object');
    const [version, statement] = root.properties;
    assert.equal(text.substr(version.keySpan.offset, version.keySpan.length), '"Version"');
    assert.equal(text.substr(version.value!.offset, version.value!.length), '"2012-10-17"');
    assert.equal(statement.value?.type, 'array');
  });

  it('reports a trailing comma at the comma and still parses what follows', () => {
    const { text } = parseMarked('{"Statement": [{"Effect": "Allow"}«,»], "Version": "x"}');
    const [problem] = problemsAt('{"Statement": [{"Effect": "Allow"}«,»], "Version": "x"}');
    assert.equal(problem.message, "Trailing comma before ']' is not allowed in JSON.");
    const root = parseJson(text).root as PObject;
    assert.deepEqual(
      root.properties.map((p) => p.key),
      ['Statement', 'Version'],
    );
  });

  it('reports a trailing comma in an object', () => {
    const [problem] = problemsAt('{"Effect": "Allow"«,»\n}');
    assert.equal(problem.message, "Trailing comma before '}' is not allowed in JSON.");
  });

  it('reports a missing comma where the next element starts', () => {
    const [problem] = problemsAt('{"Effect": "Allow" «"Action"»: "s3:GetObject"}');
    assert.equal(problem.message, "Expected ',' between elements.");
  });

  it('reports an unclosed document at its last character', () => {
    const [problem] = problemsAt('{"Statement": [«{»');
    assert.equal(problem.message, "The document ends before it is complete: '}]}' expected.");
  });

  it('reports comments in strict JSON and accepts them in JSONC', () => {
    const [problem] = problemsAt('{«// note»\n"Version": "2012-10-17"}');
    assert.equal(problem.message, 'Comments are not allowed in JSON policies.');
    problemsAt('{// note\n"Version": "2012-10-17"}', { allowComments: true });
  });

  it('does not mistake comment markers inside strings for comments', () => {
    problemsAt('{"Resource": "arn:aws:s3:::bucket//*"}');
  });

  it('refuses nesting deeper than the limit instead of recursing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = parseJson(deep, { maxDepth: 500 });
    assert.equal(result.root, undefined);
    assert.equal(result.problems[0].offset, 500);
    assert.match(result.problems[0].message, /Nesting deeper than 500 levels/);
  });

  it('maps a part of a plain string value to its characters in the text', () => {
    const text = '{"Resource": "arn:aws:s3:::bucket"}';
    const value = (parseJson(text).root as PObject).properties[0].value as PString;
    const span = spanInString(value, 4, 7);
    assert.equal(text.substr(span.offset, span.length), 'aws');
  });

  it('falls back to the whole token for a part of a string with escapes', () => {
    const text = '{"Resource": "arn:aws:s3:::a\\u0062c"}';
    const value = (parseJson(text).root as PObject).properties[0].value as PString;
    assert.equal(value.value, 'arn:aws:s3:::abc');
    const span = spanInString(value, 4, 7);
    assert.equal(text.substr(span.offset, span.length), '"arn:aws:s3:::a\\u0062c"');
  });
});
