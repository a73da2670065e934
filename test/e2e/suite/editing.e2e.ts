// Changing documents and settings in the real editor: quick fixes, edits and settings take effect at once.
import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import { CodeAction, CodeActionKind, commands, ConfigurationTarget, Range, workspace, WorkspaceEdit } from 'vscode';
import { diagnosticsWhen, open, revert } from './helpers';

describe('editing', () => {
  it('applies the did-you-mean quick fix, and the diagnostic goes away', async () => {
    const document = await open('policy.json');
    await diagnosticsWhen(document.uri, 'the unknown action', (all) => all.length === 1);
    const actions = await commands.executeCommand<CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new Range(6, 21, 6, 29),
      CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((action) => action.title.includes('s3:GetObject'));
    assert.ok(fix?.edit, `no fix to s3:GetObject among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(6).text, '      "Action": ["s3:GetObject", "s3:ListBucket"],');
    await diagnosticsWhen(document.uri, 'no diagnostics after the fix', (all) => all.length === 0);
    await revert(document);
  });

  it('updates diagnostics as the document is edited', async () => {
    const document = await open('template.yaml');
    await diagnosticsWhen(document.uri, 'the template findings', (all) => all.length === 2);
    const edit = new WorkspaceEdit();
    // `Action: s3:GetObjects` → `Action: s3:GetObject`, and a new typo in the trust policy's action.
    edit.delete(document.uri, new Range(21, 36, 21, 37));
    edit.replace(document.uri, new Range(14, 20, 14, 34), 'sts:AssumeRol');
    assert.ok(await workspace.applyEdit(edit));
    const shown = await diagnosticsWhen(document.uri, 'the new typo', (all) =>
      all.some((diagnostic) => diagnostic.range.startsWith('14:')),
    );
    assert.deepEqual(
      shown.map(({ code, range }) => ({ code, range })),
      [
        { code: 'unknown-action', range: '14:24-14:33' },
        { code: 'cfn-invalid-getatt', range: '27:33-27:42' },
      ],
    );
    await revert(document);
  });

  describe('settings take effect without a restart', () => {
    const rules = () => workspace.getConfiguration('policyLens');
    after(() => rules().update('rules', undefined, ConfigurationTarget.Workspace));

    it('turns a rule off', async () => {
      const document = await open('policy.json');
      await diagnosticsWhen(document.uri, 'the unknown action', (all) => all.length === 1);
      await rules().update('rules', { 'unknown-action': 'off' }, ConfigurationTarget.Workspace);
      await diagnosticsWhen(document.uri, 'the rule to be off', (all) => all.length === 0);
    });

    it('changes a rule severity', async () => {
      const document = await open('policy.json');
      await rules().update('rules', { 'unknown-action': 'error' }, ConfigurationTarget.Workspace);
      const shown = await diagnosticsWhen(document.uri, 'an error', (all) => all[0]?.severity === 'Error');
      assert.deepEqual(
        shown.map(({ code, severity, range }) => ({ code, severity, range })),
        [{ code: 'unknown-action', severity: 'Error', range: '6:21-6:29' }],
      );
    });
  });
});
