import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const BUCKET = { fileName: 'data.bucket-policy.json' };
const TRUST = { fileName: 'app.trust-policy.json' };

/** A bucket policy statement whose Principal element is given as text. */
const bucket = (principal: string, element = 'Principal') =>
  policy(
    `    {"Effect": "Allow", "${element}": ${principal}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"}`,
  );

describe('invalid-principal-format', () => {
  it('reports a bare account ID and wraps it under AWS', () => {
    const [finding] = expectFindings(
      bucket('«"123456789012"»'),
      'invalid-principal-format',
      ['Principal can be "*" or an object: write {"AWS": "123456789012"}.'],
      BUCKET,
    );
    assert.equal(finding.data?.replacement, '{"AWS": "123456789012"}');
  });
  it('wraps a bare service principal under Service', () => {
    const [finding] = expectFindings(
      bucket('«"logging.s3.amazonaws.com"»'),
      'invalid-principal-format',
      ['Principal can be "*" or an object: write {"Service": "logging.s3.amazonaws.com"}.'],
      BUCKET,
    );
    assert.equal(finding.data?.replacement, '{"Service": "logging.s3.amazonaws.com"}');
  });
  it('reports a placeholder that is no principal without a fix', () => {
    const [finding] = expectFindings(
      bucket('«"principal"»'),
      'invalid-principal-format',
      ['Principal can be "*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}: "principal" is neither.'],
      BUCKET,
    );
    assert.equal(finding.data, undefined);
  });
  it('reports a Principal that is an array, a number or null', () => {
    expectFindings(
      bucket('«["123456789012"]»'),
      'invalid-principal-format',
      ['Principal must be "*" or an object such as {"AWS": "123456789012"}, not an array.'],
      BUCKET,
    );
    const [finding] = expectFindings(
      bucket('«123456789012»', 'NotPrincipal'),
      'invalid-principal-format',
      ['NotPrincipal must be "*" or an object such as {"AWS": "123456789012"}, not a number.'],
      BUCKET,
    );
    assert.equal(finding.data?.replacement, '{"AWS": "123456789012"}');
    expectFindings(
      bucket('«null»'),
      'invalid-principal-format',
      ['Principal must be "*" or an object such as {"AWS": "123456789012"}, not null.'],
      BUCKET,
    );
  });
  it('reports values under a key that are not strings', () => {
    const text = bucket(
      '{"AWS": ["123456789012", «123456789013», «["arn:aws:iam::123456789012:root"]»], "Service": «{"Name": "x"}»}',
    );
    const findings = expectFindings(
      text,
      'invalid-principal-format',
      [
        'Principals are strings: write "123456789013".',
        '"AWS" takes a string or an array of strings, not an array.',
        '"Service" takes a string or an array of strings, not an object.',
      ],
      BUCKET,
    );
    assert.equal(findings[0].data?.replacement, '"123456789013"');
  });
  it('accepts "*", and keys holding strings or arrays of strings', () => {
    expectNone(bucket('"*"'), 'invalid-principal-format', BUCKET);
    expectNone(bucket('{"AWS": "*"}'), 'invalid-principal-format', BUCKET);
    expectNone(
      bucket('{"AWS": ["123456789012", "arn:aws:iam::123456789012:root"], "Service": "s3.amazonaws.com"}'),
      'invalid-principal-format',
      BUCKET,
    );
  });
  it('leaves identity policies to principal-not-supported', () => {
    expectNone(bucket('"123456789012"'), 'invalid-principal-format', { fileName: 'user.policy.json' });
  });
});

describe('invalid-principal-key', () => {
  it('reports a key in the wrong case with the right spelling', () => {
    const [finding] = expectFindings(
      bucket('{«"aws"»: "123456789012"}'),
      'invalid-principal-key',
      ['"aws" is not a principal type: did you mean "AWS"?'],
      BUCKET,
    );
    assert.equal(finding.data?.replacement, '"AWS"');
  });
  it('reports a misspelt key with the nearest one', () => {
    expectFindings(
      bucket('{«"Services"»: "s3.amazonaws.com"}'),
      'invalid-principal-key',
      ['"Services" is not a principal type: did you mean "Service"?'],
      BUCKET,
    );
  });
  it('lists the principal types when nothing is close', () => {
    expectFindings(
      bucket('{«"Account"»: "123456789012"}'),
      'invalid-principal-key',
      ['"Account" is not a principal type: use AWS, Service, Federated or CanonicalUser.'],
      BUCKET,
    );
  });
  it('accepts the four principal types', () => {
    const text = bucket(
      '{"AWS": "123456789012", "Service": "s3.amazonaws.com", "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}',
    );
    expectNone(text, 'invalid-principal-key', BUCKET);
  });
});

describe('empty-principal', () => {
  it('reports an empty Principal object', () => {
    expectFindings(
      bucket('«{}»'),
      'empty-principal',
      ['Principal is empty, so the statement applies to no one: name the principals it is for.'],
      BUCKET,
    );
  });
  it('reports a Principal whose lists are all empty, on the first list', () => {
    expectFindings(
      bucket('{"AWS": «[]», "Service": []}'),
      'empty-principal',
      ['Principal lists no principals, so the statement applies to no one: name the principals it is for.'],
      BUCKET,
    );
  });
  it('accepts an empty list next to one that names a principal', () => {
    expectNone(bucket('{"AWS": [], "Service": "s3.amazonaws.com"}'), 'empty-principal', BUCKET);
  });
  it('says an empty NotPrincipal excludes no one', () => {
    const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotPrincipal": «{"AWS": []}», "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}]}`;
    expectFindings(
      text.replace('«{"AWS": []}»', '{"AWS": «[]»}'),
      'empty-principal',
      [
        'NotPrincipal lists no principals, so it excludes no one and the statement applies to everyone: name the principals to exclude.',
      ],
      BUCKET,
    );
  });
});

describe('principal-wildcard', () => {
  it('reports the wildcard part of a principal ARN', () => {
    expectFindings(
      bucket('{"AWS": "arn:aws:iam::123456789012:role/dev-«*»"}'),
      'principal-wildcard',
      [
        'A principal cannot contain wildcards: name each account, user or role, or name the account and match the rest with an ArnLike condition on aws:PrincipalArn.',
      ],
      BUCKET,
    );
  });
  it('covers every wildcard of the value in one finding', () => {
    expectFindings(
      bucket('{"AWS": "arn:aws:iam::«*:role/*»"}'),
      'principal-wildcard',
      [/cannot contain wildcards/],
      BUCKET,
    );
  });
  it('reports "*" under Service', () => {
    expectFindings(
      bucket('{"Service": "«*»"}'),
      'principal-wildcard',
      [
        '"Service" does not accept "*": name each service, such as lambda.amazonaws.com, or write {"AWS": "*"} for everyone.',
      ],
      BUCKET,
    );
  });
  it('reports a wildcard in a service principal', () => {
    expectFindings(
      bucket('{"Service": "«*».amazonaws.com"}'),
      'principal-wildcard',
      ['A principal cannot contain wildcards: name each service, such as lambda.amazonaws.com.'],
      BUCKET,
    );
  });
  it('reports a bare "*" in a role trust policy and offers {"AWS": "*"}', () => {
    const text = policy(
      `    {"Effect": "Allow", "Principal": «"*"», "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}`,
    );
    const [finding] = expectFindings(
      text,
      'principal-wildcard',
      [
        'A role trust policy does not accept "Principal": "*": write {"AWS": "*"} and limit who may assume the role with a condition.',
      ],
      TRUST,
    );
    assert.equal(finding.data?.replacement, '{"AWS": "*"}');
  });
  it('accepts "*" for everyone, as a string or under AWS', () => {
    expectNone(bucket('"*"'), 'principal-wildcard', BUCKET);
    expectNone(bucket('{"AWS": "*"}'), 'principal-wildcard', BUCKET);
    const trust = policy(`    {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}`);
    expectNone(trust, 'principal-wildcard', TRUST);
  });
});
