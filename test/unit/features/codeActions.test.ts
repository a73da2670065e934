import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../../server/src/features/codeActions';
import { readDocumentSettings } from '../../../server/src/features/settings';
import { actionsAt, actionsFor, applied, doc, rulesOf } from './codeActionHelpers';

const titles = (actions: { title: string }[]) => actions.map((a) => a.title);

function fixed(text: string, ruleId: string, title: string, name = 'policy.json'): string {
  const document = doc(text, name);
  const action = actionsFor(document, ruleId).find((a) => a.title === title);
  assert.ok(action, `no action "${title}" among ${JSON.stringify(titles(actionsFor(document, ruleId)))}`);
  const result = applied(document, action);
  assert.ok(!rulesOf(result, name).includes(ruleId), `${ruleId} is still reported after "${title}"`);
  return result;
}

describe('quick fixes from a replacement', () => {
  it('changes a misspelt action to the nearest real one, preferred', () => {
    const document = doc(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]}',
    );
    const [action] = actionsFor(document, 'unknown-action');
    assert.equal(action.title, 'Change to s3:GetObject');
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, true);
    assert.equal(
      applied(document, action),
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
    );
  });

  it('fixes an unknown Version to 2012-10-17', () => {
    const text =
      '{"Version": "2012-10-18", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';
    const result = fixed(text, 'invalid-version', 'Change to 2012-10-17');
    assert.equal(result, text.replace('2012-10-18', '2012-10-17'));
  });

  it('does not offer the fix when the diagnostic no longer matches the text', () => {
    const document = doc(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]}',
    );
    const diagnostic = {
      range: { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } },
      message: 'stale',
      code: 'unknown-action',
      source: 'policy-lens',
      data: { replacement: 'Oops' },
    };
    const actions = codeActions(
      document,
      { textDocument: { uri: document.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } },
      readDocumentSettings({}),
    );
    assert.deepEqual(actions, []);
  });
});

const MULTILINE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:*", "s3:PutObject"],
      "Resource": "arn:aws:s3:::b/*"
    }
  ]
}`;

describe('quick fixes from structured data', () => {
  it('removes a redundant action with its comma', () => {
    const text = MULTILINE.replace('"s3:GetObject", ', '');
    const result = fixed(text, 'redundant-action', 'Remove s3:PutObject (covered by s3:*)');
    assert.equal(result, text.replace('"s3:*", "s3:PutObject"]', '"s3:*"]'));
  });

  it('removes a redundant first action with the comma after it', () => {
    const document = doc(MULTILINE);
    const action = actionsFor(document, 'redundant-action').find(
      (a) => a.title === 'Remove s3:GetObject (covered by s3:*)',
    )!;
    assert.equal(applied(document, action), MULTILINE.replace('["s3:GetObject", "s3:*"', '["s3:*"'));
  });

  it('adds the missing Version as the first property, on its own line', () => {
    const text = `{
  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]
}`;
    assert.equal(
      fixed(text, 'old-version', 'Add "Version": "2012-10-17"'),
      `{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]
}`,
    );
  });

  it('adds the bucket ARN to a Resource string, turning it into an array', () => {
    const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": "arn:aws:s3:::my-bucket/*"
    }
  ]
}`;
    assert.equal(
      fixed(text, 'action-without-resource', 'Add arn:aws:s3:::my-bucket to Resource'),
      text.replace(
        '"Resource": "arn:aws:s3:::my-bucket/*"',
        '"Resource": [\n        "arn:aws:s3:::my-bucket/*",\n        "arn:aws:s3:::my-bucket"\n      ]',
      ),
    );
  });

  it('adds the TLS Deny statement to a bucket policy at the indentation of the others', () => {
    const text = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::111122223333:role/R"},
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::my-bucket/*"
        }
    ]
}`;
    const result = fixed(text, 'bucket-tls-not-enforced', 'Add the statement "EnforceTLS"', 'b.bucket-policy.json');
    assert.equal(
      result,
      text.replace(
        '        }\n    ]',
        `        },
        {
            "Sid": "EnforceTLS",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": [
                "arn:aws:s3:::my-bucket",
                "arn:aws:s3:::my-bucket/*"
            ],
            "Condition": {
                "Bool": {
                    "aws:SecureTransport": "false"
                }
            }
        }
    ]`,
      ),
    );
  });

  it('adds the root statement to a key policy whose Statement is one object', () => {
    const text = `{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::111122223333:role/Admin"},
    "Action": "kms:Describe*",
    "Resource": "*"
  }
}`;
    const result = fixed(
      text,
      'key-missing-root-access',
      'Add the statement "Enable IAM User Permissions"',
      'k.key-policy.json',
    );
    assert.equal(
      result,
      `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::111122223333:role/Admin"},
      "Action": "kms:Describe*",
      "Resource": "*"
    },
    {
      "Sid": "Enable IAM User Permissions",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::111122223333:root"
      },
      "Action": "kms:*",
      "Resource": "*"
    }
  ]
}`,
    );
  });
});

describe('least-privilege rewrites of a wildcard action', () => {
  it('replaces a wildcard with the actions it matches, one per line', () => {
    const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "sqs:*Queue"
      ],
      "Resource": "*"
    }
  ]
}`;
    const document = doc(text);
    const [action] = actionsAt(document, 'sqs:*Queue');
    assert.equal(action.title, 'Replace sqs:*Queue with the 5 actions it matches');
    assert.equal(action.kind, 'refactor.rewrite');
    assert.equal(
      applied(document, action),
      text.replace(
        '"sqs:*Queue"',
        '"sqs:CreateQueue",\n        "sqs:DeleteQueue",\n        "sqs:PurgeQueue",\n        "sqs:TagQueue",\n        "sqs:UntagQueue"',
      ),
    );
  });

  it('narrows a service wildcard to each access level it holds, saying how many of how many', () => {
    const document = doc(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}]}',
    );
    const found = titles(actionsAt(document, 'sqs:*'));
    assert.match(found[0], /^Replace sqs:\* with the \d+ actions it matches$/);
    assert.ok(
      found.some((t) => /^Narrow sqs:\* to its Read actions \(\d+ of \d+\)$/.test(t)),
      found.join('\n'),
    );
    const read = actionsAt(document, 'sqs:*').find((a) => a.title.includes('Read'))!;
    const result = applied(document, read);
    assert.match(result, /"Action": \[\n {2}"sqs:GetQueueAttributes",\n/);
    assert.doesNotMatch(result, /sqs:SendMessage"/);
  });

  it('offers no "replace with all" beyond 200 actions, but still the narrower levels', () => {
    const document = doc(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]}',
    );
    const found = titles(actionsAt(document, 'ec2:*'));
    assert.ok(!found.some((t) => t.startsWith('Replace')));
    assert.ok(
      found.some((t) => t.startsWith('Narrow ec2:* to its Tagging actions')),
      found.join('\n'),
    );
  });

  it('leaves NotAction, plain actions and "*" alone', () => {
    const document = doc(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": "iam:Get*", "Resource": "*"}, {"Effect": "Allow", "Action": ["*", "s3:GetObject"], "Resource": "*"}]}',
    );
    assert.deepEqual(actionsAt(document, 'iam:Get*'), []);
    assert.deepEqual(actionsAt(document, '"*"'), []);
    assert.deepEqual(actionsAt(document, 's3:GetObject'), []);
  });
});

describe('disable comments', () => {
  const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:GetObjekt",
      "Resource": "*"
    }
  ]
}`;

  it('disables a rule for the line, indented like the line, and the finding is gone', () => {
    const result = fixed(text, 'unknown-action', 'Disable unknown-action for this line', 'p.jsonc');
    assert.equal(
      result,
      text.replace('      "Action"', '      // policy-lens-disable-next-line unknown-action\n      "Action"'),
    );
  });

  it('disables a rule for the file with a first-line comment', () => {
    const result = fixed(text, 'unknown-action', 'Disable unknown-action for this file', 'p.jsonc');
    assert.equal(result, `// policy-lens-disable unknown-action\n${text}`);
  });

  it('adds a rule to an existing directive rather than writing a second comment', () => {
    const commented = text.replace(
      '      "Action"',
      '      // policy-lens-disable-next-line action-case\n      "Action"',
    );
    const result = fixed(commented, 'unknown-action', 'Disable unknown-action for this line', 'p.jsonc');
    assert.equal(result, commented.replace('next-line action-case', 'next-line action-case, unknown-action'));
  });

  it('offers no comment in a strict JSON document', () => {
    assert.deepEqual(titles(actionsFor(doc(text, 'p.json'), 'unknown-action')), [
      'Change to s3:GetObject',
      'Show the documentation of unknown-action',
    ]);
  });
});

describe('code actions in templates', () => {
  const YAML_TEMPLATE = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Resources:',
    '  Role:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument:',
    "        Version: '2012-10-17'",
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: {Service: lambda.amazonaws.com}',
    '            Action: sts:AssumeRole',
    '      Policies:',
    '        - PolicyName: queue',
    '          PolicyDocument:',
    "            Version: '2012-10-17'",
    '            Statement:',
    '              - Effect: Allow',
    '                Action: sqs:Delete*',
    "                Resource: '*'",
    '              - Effect: Allow',
    '                Action:',
    '                  - sqs:SendMessage',
    '                  - sqs:Purge*',
    "                Resource: '*'",
    '',
  ].join('\n');

  it('narrows a wildcard action of a YAML template policy into a block sequence', () => {
    const document = doc(YAML_TEMPLATE, 'stack.yaml', 'yaml');
    const action = actionsAt(document, 'sqs:Delete*').find((a) => a.title.startsWith('Replace sqs:Delete*'));
    assert.ok(action);
    assert.equal(action.title, 'Replace sqs:Delete* with the 2 actions it matches');
    assert.equal(
      applied(document, action),
      YAML_TEMPLATE.replace(
        '                Action: sqs:Delete*\n',
        '                Action:\n                  - sqs:DeleteMessage\n                  - sqs:DeleteQueue\n',
      ),
    );
  });

  it('narrows an item of a YAML block sequence in place, one line per action', () => {
    const document = doc(YAML_TEMPLATE, 'stack.yaml', 'yaml');
    const action = actionsAt(document, 'sqs:Purge*').find((a) => a.title.startsWith('Replace sqs:Purge*'));
    assert.ok(action);
    assert.equal(applied(document, action), YAML_TEMPLATE.replace('- sqs:Purge*', '- sqs:PurgeQueue'));
  });

  it('offers YAML disable comments, and the finding is gone once applied', () => {
    const text = YAML_TEMPLATE.replace('sqs:SendMessage', 'sqs:SendMesage');
    const document = doc(text, 'stack.yaml', 'yaml');
    const actions = actionsFor(document, 'unknown-action');
    assert.deepEqual(titles(actions), [
      'Change to sqs:SendMessage',
      'Disable unknown-action for this line',
      'Disable unknown-action for this file',
      'Show the documentation of unknown-action',
    ]);
    const line = applied(document, actions[1]);
    assert.equal(
      line,
      text.replace(
        '                  - sqs:SendMesage',
        '                  # policy-lens-disable-next-line unknown-action\n                  - sqs:SendMesage',
      ),
    );
    assert.ok(!rulesOf(line, 'stack.yaml').includes('unknown-action'));
    const file = applied(document, actions[2]);
    assert.equal(file, `# policy-lens-disable unknown-action\n${text}`);
  });

  it('narrows a wildcard action of a JSON template policy in JSON', () => {
    const text = JSON.stringify(
      {
        Resources: {
          Policy: {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: {
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: 'sqs:Delete*', Resource: '*' }],
              },
            },
          },
        },
      },
      null,
      2,
    );
    const document = doc(text, 'stack.json');
    const action = actionsAt(document, 'sqs:Delete*').find((a) => a.title.startsWith('Replace sqs:Delete*'));
    assert.ok(action);
    assert.match(applied(document, action), /"Action": \[\n\s+"sqs:DeleteMessage",\n\s+"sqs:DeleteQueue"\n\s+\]/);
  });
});

describe('least-privilege rewrites of a statement', () => {
  const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "App",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket", "dynamodb:GetItem"],
      "Resource": "*"
    }
  ]
}`;

  it('scopes Resource "*" to the ARN patterns of the resource types of its actions, and the result lints clean', () => {
    const document = doc(POLICY, 'app.policy.json');
    const action = actionsAt(document, '"*"').find((a) => a.title.startsWith('Scope Resource'));
    assert.ok(action);
    assert.equal(action.title, 'Scope Resource "*" to the resource types of its 3 actions (3 ARN patterns)');
    const result = applied(document, action);
    assert.equal(
      result,
      POLICY.replace(
        '"Resource": "*"',
        '"Resource": [\n        "arn:aws:dynamodb:*:*:table/*",\n        "arn:aws:s3:::*",\n        "arn:aws:s3:::*/*"\n      ]',
      ),
    );
    assert.deepEqual(rulesOf(result, 'app.policy.json'), []);
  });

  it('splits a statement by service, keeping the other elements, with Sids of their own', () => {
    const document = doc(POLICY, 'app.policy.json');
    const action = actionsAt(document, '"Effect"').find((a) => a.title.startsWith('Split'));
    assert.ok(action);
    assert.equal(action.title, 'Split this statement by service (2 statements: s3, dynamodb)');
    const result = applied(document, action);
    assert.equal(
      result,
      POLICY.replace(
        /\{\n\s+"Sid": "App"[^}]*\}/,
        [
          '{',
          '      "Sid": "AppS3",',
          '      "Effect": "Allow",',
          '      "Action": [',
          '        "s3:GetObject",',
          '        "s3:ListBucket"',
          '      ],',
          '      "Resource": "*"',
          '    },',
          '    {',
          '      "Sid": "AppDynamodb",',
          '      "Effect": "Allow",',
          '      "Action": "dynamodb:GetItem",',
          '      "Resource": "*"',
          '    }',
        ].join('\n'),
      ),
    );
  });
});

describe('quick fixes of policies in templates', () => {
  const BUCKET_YAML = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Resources:',
    '  Logs:',
    '    Type: AWS::S3::Bucket',
    '  LogsPolicy:',
    '    Type: AWS::S3::BucketPolicy',
    '    Properties:',
    '      Bucket: !Ref Logs',
    '      PolicyDocument:',
    '        Statement:',
    '          - Sid: Delivery',
    '            Effect: Allow',
    '            Principal: {Service: logging.s3.amazonaws.com}',
    '            Action:',
    '              - s3:PutObject',
    '              - s3:*',
    "            Resource: !Sub '${Logs.Arn}/*'",
    '            Condition:',
    '              StringEquals:',
    '                aws:SourceAccount: !Ref AWS::AccountId',
    '',
  ].join('\n');

  it('adds the TLS Deny statement to a bucket policy of a YAML template, as a YAML item, and it lints clean', () => {
    const document = doc(BUCKET_YAML, 'stack.yaml', 'yaml');
    const [action] = actionsFor(document, 'bucket-tls-not-enforced').filter((a) =>
      a.title.startsWith('Add the statement'),
    );
    assert.ok(action);
    const result = applied(document, action);
    assert.ok(!rulesOf(result, 'stack.yaml').includes('bucket-tls-not-enforced'), result);
    assert.equal(
      result,
      BUCKET_YAML +
        [
          '          - Sid: EnforceTLS',
          '            Effect: Deny',
          '            Principal: "*"',
          '            Action: s3:*',
          '            Resource:',
          '              - !Sub arn:${AWS::Partition}:s3:::${Logs}',
          '              - !Sub arn:${AWS::Partition}:s3:::${Logs}/*',
          '            Condition:',
          '              Bool:',
          '                aws:SecureTransport: "false"',
          '',
        ].join('\n'),
    );
  });

  it('adds Version as the first key of a YAML template policy', () => {
    const document = doc(BUCKET_YAML, 'stack.yaml', 'yaml');
    const action = actionsFor(document, 'old-version').find((a) => a.title.startsWith('Add Version'));
    assert.ok(action);
    const result = applied(document, action);
    assert.equal(
      result,
      BUCKET_YAML.replace(
        '      PolicyDocument:\n        Statement:',
        "      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:",
      ),
    );
    assert.ok(!rulesOf(result, 'stack.yaml').includes('old-version'));
  });

  it('removes an action covered by another from a YAML block sequence, line and all', () => {
    const document = doc(BUCKET_YAML, 'stack.yaml', 'yaml');
    const action = actionsFor(document, 'redundant-action').find((a) => a.title.startsWith('Remove'));
    assert.ok(action);
    assert.equal(action.title, 'Remove s3:PutObject (covered by s3:*)');
    assert.equal(applied(document, action), BUCKET_YAML.replace('              - s3:PutObject\n', ''));
  });

  it('adds the root statement to a key policy of a JSON template', () => {
    const text = JSON.stringify(
      {
        Resources: {
          Key: {
            Type: 'AWS::KMS::Key',
            Properties: {
              KeyPolicy: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/Admin' } },
                    Action: ['kms:Describe*', 'kms:Enable*'],
                    Resource: '*',
                  },
                ],
              },
            },
          },
        },
      },
      null,
      2,
    );
    const document = doc(text, 'stack.json');
    const action = actionsFor(document, 'key-missing-root-access').find((a) => a.title.startsWith('Add the statement'));
    assert.ok(action);
    const result = applied(document, action);
    assert.ok(!rulesOf(result, 'stack.json').includes('key-missing-root-access'), result);
  });
});

describe('least-privilege rewrites in YAML', () => {
  const ROLE = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Resources:',
    '  Role:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument:',
    "        Version: '2012-10-17'",
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: {Service: lambda.amazonaws.com}',
    '            Action: sts:AssumeRole',
    '      Policies:',
    '        - PolicyName: app',
    '          PolicyDocument:',
    "            Version: '2012-10-17'",
    '            Statement:',
    '              - Sid: App',
    '                Effect: Allow',
    '                Action:',
    '                  - s3:GetObject',
    '                  - dynamodb:GetItem',
    "                Resource: '*'",
    '',
  ].join('\n');

  it('scopes Resource "*" into a block sequence of ARN patterns', () => {
    const document = doc(ROLE, 'stack.yaml', 'yaml');
    const action = actionsAt(document, "'*'").find((a) => a.title.startsWith('Scope Resource'));
    assert.ok(action);
    const result = applied(document, action);
    assert.equal(
      result,
      ROLE.replace(
        "                Resource: '*'",
        '                Resource:\n                  - arn:aws:dynamodb:*:*:table/*\n                  - arn:aws:s3:::*/*',
      ),
    );
    assert.deepEqual(rulesOf(result, 'stack.yaml'), []);
  });

  it('splits a statement by service into YAML items', () => {
    const document = doc(ROLE, 'stack.yaml', 'yaml');
    const action = actionsAt(document, 'Sid: App').find((a) => a.title.startsWith('Split'));
    assert.ok(action);
    assert.equal(
      applied(document, action),
      ROLE.replace(
        "              - Sid: App\n                Effect: Allow\n                Action:\n                  - s3:GetObject\n                  - dynamodb:GetItem\n                Resource: '*'",
        [
          '              - Sid: AppS3',
          '                Effect: Allow',
          '                Action: s3:GetObject',
          '                Resource: "*"',
          '              - Sid: AppDynamodb',
          '                Effect: Allow',
          '                Action: dynamodb:GetItem',
          '                Resource: "*"',
        ].join('\n'),
      ),
    );
  });

  it('does not split a statement whose values intrinsics build', () => {
    const text = ROLE.replace("Resource: '*'", "Resource: !Sub 'arn:${AWS::Partition}:s3:::b/*'");
    const document = doc(text, 'stack.yaml', 'yaml');
    assert.deepEqual(
      actionsAt(document, 'Sid: App').filter((a) => a.title.startsWith('Split')),
      [],
    );
  });
});

describe('adding the ARN an action needs, in YAML', () => {
  it('turns a Resource value into a block sequence with the bucket ARN, and the finding goes', () => {
    const text = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Resources:',
      '  Policy:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      "        Version: '2012-10-17'",
      '        Statement:',
      '          - Effect: Allow',
      '            Action: [s3:ListBucket, s3:GetObject]',
      '            Resource: arn:aws:s3:::amzn-s3-demo-bucket/*',
      '',
    ].join('\n');
    const document = doc(text, 'stack.yaml');
    const rule = rulesOf(text, 'stack.yaml')[0];
    const action = actionsFor(document, rule).find((a) => a.title.startsWith('Add arn:'));
    assert.ok(action, `${rule}: ${titles(actionsFor(document, rule)).join(', ')}`);
    const result = applied(document, action);
    assert.equal(
      result,
      text.replace(
        '            Resource: arn:aws:s3:::amzn-s3-demo-bucket/*',
        '            Resource:\n              - arn:aws:s3:::amzn-s3-demo-bucket/*\n              - arn:aws:s3:::amzn-s3-demo-bucket',
      ),
    );
    assert.deepEqual(rulesOf(result, 'stack.yaml'), []);
  });
});

describe('adding a condition, in YAML', () => {
  it('adds kms:GrantIsForAWSResource to a key policy grant statement of a YAML template, and the finding goes', () => {
    const text = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Resources:',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      '      KeyPolicy:',
      "        Version: '2012-10-17'",
      '        Statement:',
      '          - Sid: Root',
      '            Effect: Allow',
      "            Principal: {AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'}",
      "            Action: 'kms:*'",
      "            Resource: '*'",
      '          - Sid: Grants',
      '            Effect: Allow',
      "            Principal: {AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/App'}",
      '            Action: [kms:CreateGrant, kms:ListGrants, kms:RevokeGrant]',
      "            Resource: '*'",
      '',
    ].join('\n');
    const document = doc(text, 'stack.yaml');
    const action = actionsFor(document, 'key-grant-without-aws-resource').find((a) =>
      a.title.startsWith('Add the condition'),
    );
    assert.ok(action);
    const result = applied(document, action);
    assert.equal(
      result,
      text.replace(
        "Action: [kms:CreateGrant, kms:ListGrants, kms:RevokeGrant]\n            Resource: '*'",
        'Action: [kms:CreateGrant, kms:ListGrants, kms:RevokeGrant]\n            Resource: \'*\'\n            Condition:\n              Bool:\n                kms:GrantIsForAWSResource: "true"',
      ),
    );
    assert.ok(!rulesOf(result, 'stack.yaml').includes('key-grant-without-aws-resource'));
  });
});
