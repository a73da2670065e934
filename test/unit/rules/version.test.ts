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
  it('reports the 2008 version', () => {
    expectFindings(`{"Version": "«2008-10-17»", ${statement}}`, 'old-version', [
      'Version 2008-10-17 is the old policy language, without policy variables: use 2012-10-17.',
    ]);
  });
  it('accepts the current version', () => {
    expectNone(`{"Version": "2012-10-17", ${statement}}`, 'old-version');
  });
});
