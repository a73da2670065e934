import { describe, it } from 'node:test';
import { expectFindings, expectNone } from '../../helpers/marked';

const statement = '"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]';

describe('invalid-version', () => {
  it('reports a version IAM does not know at the value', () => {
    expectFindings(`{"Version": "«2012-10-18»", ${statement}}`, 'invalid-version', [
      '"2012-10-18" is not a policy language version: use 2012-10-17.',
    ]);
  });
  it('reports a version that is not a string', () => {
    expectFindings(`{"Version": «2012», ${statement}}`, 'invalid-version', [
      'Version must be the string "2012-10-17".',
    ]);
  });
  it('accepts both versions IAM knows', () => {
    expectNone(`{"Version": "2012-10-17", ${statement}}`, 'invalid-version');
    expectNone(`{"Version": "2008-10-17", ${statement}}`, 'invalid-version');
  });
});

describe('old-version', () => {
  it('reports a missing Version at the Statement key', () => {
    expectFindings(`{«"Statement"»: [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`, 'old-version', [
      'The policy has no Version: add "Version": "2012-10-17" so that policy variables work.',
    ]);
  });
  it('reports the 2008 version in a policy that uses a policy variable', () => {
    const withVariable =
      '"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:username}/*"}]';
    expectFindings(`{"Version": "«2008-10-17»", ${withVariable}}`, 'old-version', [
      'Version 2008-10-17 reads ${aws:username} as plain text, so it never matches: use 2012-10-17.',
    ]);
    expectNone(`{"Version": "2008-10-17", ${withVariable}}`, 'legacy-version');
  });
  it('leaves the 2008 version without variables to legacy-version, as information', () => {
    expectNone(`{"Version": "2008-10-17", ${statement}}`, 'old-version');
    expectFindings(`{"Version": "«2008-10-17»", ${statement}}`, 'legacy-version', [
      'Version 2008-10-17 is the old policy language: it works here, but policy variables need 2012-10-17.',
    ]);
  });
  it('accepts the current version', () => {
    expectNone(`{"Version": "2012-10-17", ${statement}}`, 'old-version');
  });
});
