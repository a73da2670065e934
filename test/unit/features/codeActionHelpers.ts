import { CodeAction, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../../server/src/features/codeActions';
import { diagnosticsOf } from '../../../server/src/features/diagnostics';
import { readDocumentSettings } from '../../../server/src/features/settings';

/** A document to ask code actions of. */
export function doc(
  text: string,
  name = 'policy.json',
  languageId = /\.ya?ml$/.test(name) ? 'yaml' : name.endsWith('c') ? 'jsonc' : 'json',
): TextDocument {
  return TextDocument.create(`file:///w/${name}`, languageId, 1, text);
}

/** The code actions for the diagnostics of one rule, as the editor asks for them (range = the diagnostic's). */
export function actionsFor(document: TextDocument, ruleId: string): CodeAction[] {
  const settings = readDocumentSettings({});
  const diagnostics = diagnosticsOf(document, settings).filter((d) => d.code === ruleId);
  if (diagnostics.length === 0) throw new Error(`no ${ruleId} diagnostic`);
  const range = diagnostics[0].range;
  return codeActions(document, { textDocument: { uri: document.uri }, range, context: { diagnostics } }, settings);
}

/** The code actions for a cursor at the first occurrence of `at`, with no diagnostics in the context. */
export function actionsAt(document: TextDocument, at: string): CodeAction[] {
  const position = document.positionAt(document.getText().indexOf(at) + 1);
  const range: Range = { start: position, end: position };
  return codeActions(
    document,
    { textDocument: { uri: document.uri }, range, context: { diagnostics: [] } },
    readDocumentSettings({}),
  );
}

/** The document's text after applying an action's edits. */
export function applied(document: TextDocument, action: CodeAction): string {
  return TextDocument.applyEdits(document, action.edit!.changes![document.uri]);
}

/** The rule ids the text still has diagnostics of. */
export function rulesOf(text: string, name = 'policy.json'): string[] {
  return diagnosticsOf(doc(text, name), readDocumentSettings({})).map((d) => String(d.code));
}
