// Inputs built to hurt: exploding wildcards, absurd nesting, huge documents. Each must stay fast, stay inside the
// text, and say what it did.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { getCatalog } from '../../server/src/catalog/load';
import { analyze } from '../../server/src/engine/analyze';
import { parseJson } from '../../server/src/parsing/json';
import { checkAnalysis, FILE_NAMES, GROSS_TIME_LIMIT_MS } from './properties';

/** Generous bound for one analysis of a pathological input on a loaded machine; the time seen is printed. */
const LIMIT_MS = GROSS_TIME_LIMIT_MS;
const seen: string[] = [];
after(() => console.log(`pathological inputs, slowest analyses:\n  ${seen.sort().reverse().slice(0, 8).join('\n  ')}`));

function timed(name: string, text: string, fileName = 'pathological.policy.json') {
  const result = checkAnalysis(text, fileName, 'json');
  seen.push(
    `${result.ms.toFixed(0).padStart(5)} ms  ${name} (${text.length.toLocaleString('en-US')} characters, ${fileName})`,
  );
  assert.ok(result.ms < LIMIT_MS, `${name} took ${result.ms.toFixed(0)} ms`);
  return result;
}

function policy(statement: unknown): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);
}

const EXPLODING = [
  `${'*a'.repeat(10)}*b`,
  `${'*a'.repeat(40)}*b`,
  `s3:${'*a'.repeat(40)}*b`,
  `${'*a'.repeat(20)}:${'*a'.repeat(20)}*b`,
  `${'?*'.repeat(40)}b`,
  `*:${'*'.repeat(10_000)}b`,
  `s3:${'a*'.repeat(5_000)}`,
];

describe('exploding wildcards', () => {
  it('matches "*a*a*a*…b" action patterns against the whole catalog in linear time', () => {
    getCatalog().matchActions('s3:GetObject');
    for (const pattern of EXPLODING) {
      const start = performance.now();
      getCatalog().matchActions(pattern);
      const ms = performance.now() - start;
      assert.ok(ms < LIMIT_MS, `matching ${pattern.slice(0, 40)}… took ${ms.toFixed(0)} ms`);
    }
  });

  for (const element of ['Action', 'NotAction']) {
    it(`analyses "*a*a*a*…b" in ${element} quickly under every policy kind`, () => {
      for (const fileName of FILE_NAMES) {
        timed(`${element} wildcards`, policy({ Effect: 'Allow', [element]: EXPLODING, Resource: '*' }), fileName);
      }
    });
  }

  it('analyses "*a*a*a*…b" in Resource, NotResource and ARNs of every service quickly', () => {
    const arns = EXPLODING.flatMap((p) => [
      p,
      `arn:aws:s3:::${p}`,
      `arn:${p}:${p}:*:*:${p}`,
      `arn:aws:iam::*:role/${p}`,
    ]);
    timed('Resource wildcards', policy({ Effect: 'Allow', Action: ['s3:*', 'iam:*', '*'], Resource: arns }));
    timed('NotResource wildcards', policy({ Effect: 'Deny', Action: '*', NotResource: arns }));
  });

  it('analyses "*a*a*a*…b" in Principal and Condition values quickly', () => {
    const principals = { AWS: EXPLODING, Service: EXPLODING, Federated: EXPLODING, CanonicalUser: EXPLODING };
    const condition = {
      StringLike: { 'aws:PrincipalArn': EXPLODING, 's3:prefix': EXPLODING },
      ArnLike: { 'aws:SourceArn': EXPLODING },
      'ForAnyValue:StringLike': { 'aws:TagKeys': EXPLODING },
    };
    for (const fileName of FILE_NAMES) {
      timed(
        'Principal and Condition wildcards',
        policy({ Effect: 'Allow', Principal: principals, Action: 's3:GetObject', Resource: '*', Condition: condition }),
        fileName,
      );
    }
  });

  it('analyses a value repeated 5,000 times in Action once, not once per copy', () => {
    for (const fileName of FILE_NAMES) {
      timed(
        '"*" 5,000 times in Action',
        policy({ Effect: 'Allow', Principal: '*', Action: Array(5000).fill('*'), Resource: '*' }),
        fileName,
      );
    }
  });
});

describe('absurd nesting', () => {
  const PREFIX = '{"Version": "2012-10-17", "Statement": ';
  const refused = (offset: number) => [
    {
      ruleId: 'json-syntax',
      severity: 'error',
      offset,
      length: 1,
      message: 'Nesting deeper than 500 levels; the document was not analysed.',
    },
  ];

  for (const depth of [10_000, 100_000]) {
    it(`refuses arrays nested ${depth.toLocaleString('en-US')} deep with one problem at the 501st level`, () => {
      const text = PREFIX + '['.repeat(depth) + ']'.repeat(depth) + '}';
      // The object is level 1: the 500th bracket opens level 501.
      assert.deepEqual(timed(`arrays ${depth} deep`, text).findings, refused(PREFIX.length + 499));
    });

    it(`refuses objects nested ${depth.toLocaleString('en-US')} deep, even unclosed, without overflowing`, () => {
      const text = PREFIX + '{"a": '.repeat(depth);
      assert.deepEqual(timed(`objects ${depth} deep`, text).findings, refused(PREFIX.length + 499 * 6));
    });
  }

  it('ignores brackets inside strings when counting the depth', () => {
    const text = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b/${'['.repeat(10_000)}` });
    assert.ok(!timed('brackets in a string', text).findings.some((f) => f.message.startsWith('Nesting')));
  });

  it('analyses a condition value nested 495 deep, within the limit', () => {
    const value = JSON.parse('['.repeat(495) + '"x"' + ']'.repeat(495));
    const text = policy({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { 'aws:username': value } },
    });
    assert.ok(!timed('495 deep', text).findings.some((f) => f.message.startsWith('Nesting')));
  });

  it('gives nothing for deep JSON that is not named as a policy', () => {
    assert.deepEqual(analyze({ text: '['.repeat(100_000), fileName: 'data.json' }).findings, []);
  });
});

describe('degenerate and huge documents', () => {
  for (const [name, text] of [
    ['an empty document', ''],
    ['a lone BOM', '\uFEFF'],
    ['NUL bytes', '\u0000\u0000\u0000'],
    ['a lone surrogate', '\uD800'],
    ['an unterminated comment', '{"Statement": [] /* no end'],
    ['only white space and CRs', ' \r \r\n \t'],
  ]) {
    it(`reports ${name} named as a policy with ranges inside the text`, () => {
      for (const fileName of FILE_NAMES) timed(name, text, fileName);
    });
  }

  it('reports an empty policy file at its start, with an empty range', () => {
    assert.deepEqual(
      analyze({ text: '', fileName: 'empty.policy.json' }).findings.map((f) => [f.offset, f.length, f.message]),
      [[0, 0, 'Expected a value.']],
    );
  });

  it('clips an unterminated comment over a CRLF, which the parser reaches past the end, to the text', () => {
    assert.deepEqual(parseJson('{"a": 1 /* x\r\n', { allowComments: true }).problems, [
      { offset: 8, length: 6, message: 'Unterminated comment.' },
      { offset: 13, length: 1, message: "The document ends before it is complete: '}' expected." },
    ]);
  });

  it('analyses a half-million-character action and resource in linear time', () => {
    timed('500,000-character action', policy({ Effect: 'Allow', Action: `s3:${'a'.repeat(500_000)}`, Resource: '*' }));
    timed(
      '500,000-character resource',
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'a*'.repeat(250_000)}` }),
    );
  });

  it('analyses 5,000 Allow and Deny statements in a bucket policy without comparing every pair', () => {
    const statements = Array.from({ length: 5000 }, (_, i) => ({
      Effect: i % 2 ? 'Deny' : 'Allow',
      Principal: '*',
      Action: 's3:*',
      Resource: `arn:aws:s3:::b${i}/*`,
    }));
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements });
    timed('5,000 statements', text, 'pathological.bucket-policy.json');
  });
});
