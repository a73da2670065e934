// CloudFormation templates in the real editor: YAML with short-form tags, and JSON.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { Position } from 'vscode';
import { completionLabels, diagnosticsWhen, hoverText, open } from './helpers';

describe('templates', () => {
  it('lints a YAML template with short-form tags, and the policy inside it', async () => {
    const document = await open('template.yaml');
    assert.equal(document.languageId, 'yaml');
    const shown = await diagnosticsWhen(document.uri, 'the template findings', (all) => all.length >= 2);
    assert.deepEqual(shown, [
      {
        code: 'unknown-action',
        severity: 'Warning',
        range: '21:27-21:37',
        message: '"s3:GetObjects" is not an action. Did you mean s3:GetObject?',
      },
      {
        code: 'cfn-invalid-getatt',
        severity: 'Error',
        range: '27:33-27:42',
        message:
          'AWS::S3::Bucket has no attribute "DomainNam" (it has Arn, DomainName, DualStackDomainName, RegionalDomainName, WebsiteURL and 9 nested ones). Did you mean "DomainName"?',
      },
    ]);
  });

  it('lints a JSON template', async () => {
    const document = await open('template.json');
    const shown = await diagnosticsWhen(document.uri, 'the bad Ref', (all) => all.length > 0);
    assert.deepEqual(shown, [
      {
        code: 'cfn-invalid-ref',
        severity: 'Error',
        range: '23:33-23:37',
        message: 'Ref names "Keys", which is no parameter, resource or pseudo parameter. Did you mean "Key"?',
      },
    ]);
  });

  it('completes the attributes after !GetAtt Resource.', async () => {
    const document = await open('template.yaml');
    // `    Value: !GetAtt ReportsBucket.` ends at character 33 of line 27.
    const items = await completionLabels(document.uri, new Position(27, 33));
    for (const attribute of ['Arn', 'DomainName', 'RegionalDomainName']) {
      assert.ok(items.has(attribute), `no ${attribute} among ${[...items.keys()].join(', ')}`);
    }
  });

  it('describes a resource type on hover', async () => {
    const document = await open('template.yaml');
    const text = await hoverText(document.uri, new Position(4, 16));
    assert.match(text, /AWS::S3::Bucket/);
  });
});
