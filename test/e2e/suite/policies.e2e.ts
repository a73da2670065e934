// Policies in the real editor: a JSON identity policy and a bucket policy known by its file name.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { Position } from 'vscode';
import { activeExtension, completionLabels, diagnosticsWhen, hoverText, open } from './helpers';

describe('policies', () => {
  it('activates the extension when a JSON file is opened', async () => {
    await open('policy.json');
    const extension = await activeExtension();
    assert.equal(extension.packageJSON.name, 'policy-lens');
  });

  it('shows the unknown action of an identity policy, with its rule id and range', async () => {
    const document = await open('policy.json');
    const shown = await diagnosticsWhen(document.uri, 'the unknown action', (all) => all.length > 0);
    assert.deepEqual(shown, [
      {
        code: 'unknown-action',
        severity: 'Warning',
        range: '6:21-6:29',
        message: '"s3:GetObjet" is not an action. Did you mean s3:GetObject?',
      },
    ]);
  });

  it('reads a *.bucket-policy.json file as a bucket policy', async () => {
    const document = await open('site.bucket-policy.json');
    const shown = await diagnosticsWhen(document.uri, 'the bucket findings', (all) => all.length >= 2);
    assert.deepEqual(
      shown.map(({ code, severity, range }) => ({ code, severity, range })),
      [
        { code: 'bucket-tls-not-enforced', severity: 'Information', range: '2:2-2:13' },
        { code: 'bucket-public-access', severity: 'Warning', range: '6:20-6:21' },
      ],
    );
  });

  it('completes actions inside an Action string, with their access level', async () => {
    const document = await open('policy.json');
    // Inside "s3:ListBucket", after `"s3:List`.
    const items = await completionLabels(document.uri, new Position(6, 42));
    assert.ok(items.has('s3:ListBucket'), `no s3:ListBucket among ${[...items.keys()].slice(0, 20).join(', ')}`);
    assert.match(items.get('s3:ListBucket') ?? '', /List/);
  });

  it('describes an action on hover', async () => {
    const document = await open('policy.json');
    const text = await hoverText(document.uri, new Position(6, 40));
    assert.match(text, /s3:ListBucket/);
    assert.match(text, /Grants permission to list some or all of the objects in an Amazon S3 bucket/);
  });
});
