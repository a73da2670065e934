// To regenerate EXPECTED after a rule change, run this from the repository root, paste its lines below (without the
// FALSE_ALARMS lines) and run prettier:
// node --import tsx -e "const {analyze}=require('./server/src/engine/analyze'),fs=require('fs'),d='test/fixtures/aws-docs/';for(const f of fs.readdirSync(d).filter(f=>f.endsWith('.json')).sort()){const t=fs.readFileSync(d+f,'utf8');console.log(JSON.stringify(f)+': '+JSON.stringify(analyze({text:t,fileName:f}).findings.map(x=>{const b=t.slice(0,x.offset).split('\\n');return b.length+':'+(b.at(-1).length+1)+' '+x.severity+' '+x.ruleId+' '+JSON.stringify(t.substr(x.offset,x.length))+': '+x.message}))+',')}"
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze';
import { awsDoc, awsDocFiles } from '../helpers/awsDocs';

// Every policy from the AWS documentation (test/fixtures/aws-docs/README.md says where each comes from) with every
// finding of every rule: line:column, severity, rule, the exact text covered, and the message. These policies are
// correct as AWS wrote them, so what they get is advice (information, hint) or one of the ALLOWED findings below.
const EXPECTED: Record<string, string[]> = {
  'AdministratorAccess.policy.json': [
    '6:24 warning full-admin-access "*": "*" on every resource with no condition grants full administrator access: allow only the actions this identity needs.',
  ],
  'AmazonEC2FullAccess-excerpt.policy.json': [],
  'AmazonS3ReadOnlyAccess.policy.json': [],
  'IAMReadOnlyAccess.policy.json': [],
  'PowerUserAccess.policy.json': [
    '6:13 warning allow-not-action "\\"NotAction\\"": Allow with NotAction allows every action not listed, including those AWS adds later: list the actions to allow under Action instead.',
    '16:18 information create-service-linked-role-on-all "iam:CreateServiceLinkedRole": iam:CreateServiceLinkedRole on "*" lets this identity create the service-linked role of any service. Name the service-linked roles in Resource, or add a condition on iam:AWSServiceName.',
  ],
  'access-keys-by-principal-tag.policy.json': [],
  'access-keys-token-issue-time.policy.json': [],
  'api-gateway-invoke.policy.json': [],
  'bucket-owner-full-control.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
  'called-via-cloudformation.policy.json': [],
  'cloudfront-oac.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
    '13:18 information prefer-typed-operator "StringEquals": AWS:SourceArn is an ARN key: use ArnEquals, which compares ARNs field by field, rather than StringEquals, which compares text.',
  ],
  'cloudfront-oai.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
  'cloudwatch-logs-encryption.key-policy.json': [],
  'cognito-identity-pool.trust-policy.json': [],
  'cross-account-and-logs.key-policy.json': [],
  'cross-account-external-id.trust-policy.json': [],
  'cross-account.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
  'default-with-administrators.key-policy.json': [],
  'deny-all-but-not-principal.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
  'deny-outside-eu-regions.scp.json': [],
  'deny-outside-requested-regions.policy.json': [],
  'dynamodb-leading-keys.policy.json': [],
  'dynamodb-table-access.policy.json': [],
  'ec2-instance-types-if-exists.policy.json': [],
  'ec2-no-temporary-credentials.policy.json': [],
  'ec2-start-stop-by-ec2-owner-tag.policy.json': [],
  'ec2-start-stop-owned-instances.policy.json': [],
  'ec2-tag-on-create.policy.json': [],
  'ec2-time-window.policy.json': [],
  'eks-service-account.trust-policy.json': [],
  'elb-access-logs.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
  'github-actions-oidc.trust-policy.json': [],
  'lambda-basic-execution.policy.json': [],
  'lambda-invoke-from-s3.resource-policy.json': [],
  'lambda-tag-session.trust-policy.json': [],
  'list-all-buckets.policy.json': [],
  'mfa-self-management.policy.json': [],
  'organization-only.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
  'organization-paths.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
  'pass-role-path.policy.json': [],
  'pass-role-to-ec2.policy.json': [],
  'public-read.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
    '7:27 warning bucket-public-access "*": This statement makes 2 read actions public: s3:GetObject and s3:GetObjectVersion. That is fine if intended, as for a static website (which also needs Block Public Access off); otherwise add a condition such as aws:PrincipalOrgID or aws:SourceVpce.',
  ],
  'require-mfa.policy.json': [],
  'require-sse.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
  's3-event-notifications.topic-policy.json': [
    '9:24 hint action-case "SNS": "SNS:Publish" is documented as sns:Publish: IAM ignores case here, but the documented spelling is easier to read and search for.',
  ],
  's3-existing-object-tag.policy.json': [],
  's3-home-folder.policy.json': [],
  's3-max-keys.policy.json': [],
  's3-read-write-objects.policy.json': [],
  'saml.trust-policy.json': [],
  'service-roles.trust-policy.json': [],
  'sns-default.topic-policy.json': [
    '2:17 information legacy-version "2008-10-17": Version 2008-10-17 is the old policy language: it works here, but policy variables need 2012-10-17.',
    '12:18 hint action-case "SNS": "SNS:GetTopicAttributes" is documented as sns:GetTopicAttributes: IAM ignores case here, but the documented spelling is easier to read and search for.',
    '13:18 hint action-case "SNS": "SNS:Subscribe" is documented as sns:Subscribe: IAM ignores case here, but the documented spelling is easier to read and search for.',
    '14:18 hint action-case "SNS": "SNS:Publish" is documented as sns:Publish: IAM ignores case here, but the documented spelling is easier to read and search for.',
  ],
  'sns-organization.topic-policy.json': [
    '9:24 hint action-case "SNS": "SNS:Publish" is documented as sns:Publish: IAM ignores case here, but the documented spelling is easier to read and search for.',
  ],
  'source-ip-v4-v6.policy.json': [],
  'sqs-all-actions.queue-policy.json': [],
  'sqs-from-sns-topic.queue-policy.json': [
    '9:24 hint action-case "SQS": "SQS:SendMessage" is documented as sqs:SendMessage: IAM ignores case here, but the documented spelling is easier to read and search for.',
  ],
  'tls-only.bucket-policy.json': [],
  'via-ec2-only.key-policy.json': [],
  'vpc-endpoint-only.bucket-policy.json': [
    '3:5 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
  ],
};

// A finding judged a false alarm goes here, with a comment saying why, until its rule is fixed: it is left out of
// EXPECTED and the fixture's test is a todo. (The last one, old-version on the SNS default topic policy, is fixed.)
const FALSE_ALARMS: Record<string, string[]> = {};

// The only findings of error or warning severity that documentation policies may get, each a real risk of the policy.
const ALLOWED: Record<string, string> = {
  'AdministratorAccess.policy.json full-admin-access': 'Action "*" on Resource "*" is full administrator access.',
  'PowerUserAccess.policy.json allow-not-action': 'NotAction with Allow grants every other action, even future ones.',
  'public-read.bucket-policy.json bucket-public-access': 'Principal "*" with no condition makes the objects public.',
};

function findingsOf(file: string): string[] {
  const text = awsDoc(file);
  return analyze({ text, fileName: file }).findings.map((f) => {
    const before = text.slice(0, f.offset).split('\n');
    const where = `${before.length}:${before[before.length - 1].length + 1}`;
    return `${where} ${f.severity} ${f.ruleId} ${JSON.stringify(text.substr(f.offset, f.length))}: ${f.message}`;
  });
}

/** The error and warning findings of every fixture, as `file rule-id`, but the known false alarms. */
function seriousFindings(): string[] {
  return awsDocFiles().flatMap((file) =>
    findingsOf(file)
      .filter((line) => !(FALSE_ALARMS[file] ?? []).includes(line))
      .map((line) => line.split(' '))
      .filter(([, severity]) => severity === 'error' || severity === 'warning')
      .map(([, , ruleId]) => `${file} ${ruleId}`),
  );
}

describe('the policies from the AWS documentation', () => {
  it('has an expectation for every fixture', () => {
    assert.deepEqual(awsDocFiles(), Object.keys(EXPECTED).sort());
  });

  it('get no error or warning but the allowed ones, and each allowed one', () => {
    assert.deepEqual(seriousFindings().sort(), Object.keys(ALLOWED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    const name = `${file} gets ${expected.length ? 'exactly its findings' : 'no finding'}`;
    const test = () => assert.deepEqual(findingsOf(file), expected);
    if (FALSE_ALARMS[file]) it.todo(name, test);
    else it(name, test);
  }
});
