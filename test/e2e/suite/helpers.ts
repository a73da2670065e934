// What the end-to-end suites share: the workspace's files, and waiting on what the editor shows.
import {
  commands,
  Diagnostic,
  DiagnosticSeverity,
  extensions,
  languages,
  Position,
  Range,
  TextDocument,
  Uri,
  window,
  workspace,
} from 'vscode';

export const EXTENSION_ID = 'policy-lens.policy-lens';
const SOURCE = 'policy-lens';

/** A file of the workspace the editor was opened on (a copy of test/e2e/workspace). */
export function fileUri(name: string): Uri {
  const folder = workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The editor was opened without the test workspace.');
  return Uri.joinPath(folder.uri, name);
}

/** Opens a workspace file in an editor, as a user double-clicking it would. */
export async function open(name: string): Promise<TextDocument> {
  const document = await workspace.openTextDocument(fileUri(name));
  await window.showTextDocument(document);
  return document;
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs` saying what it awaited. */
export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Policy Lens's diagnostics of a document, as short comparable records. */
export function ours(uri: Uri): Shown[] {
  return languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === SOURCE)
    .map(shown)
    .sort((a, b) => a.range.localeCompare(b.range, undefined, { numeric: true }));
}

export interface Shown {
  code: string;
  severity: string;
  /** `line:character-line:character`, 0-based as the API gives them. */
  range: string;
  message: string;
}

function shown(diagnostic: Diagnostic): Shown {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return {
    code: String(code),
    severity: DiagnosticSeverity[diagnostic.severity],
    range: rangeText(diagnostic.range),
    message: diagnostic.message,
  };
}

export function rangeText(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/**
 * Waits until the document's diagnostics from Policy Lens satisfy `accept`, and returns them. Diagnostics arrive
 * after the server analysed the document's latest version, so tests wait on what they expect instead of sleeping.
 */
export async function diagnosticsWhen(uri: Uri, what: string, accept: (shown: Shown[]) => boolean): Promise<Shown[]> {
  let last: Shown[] = [];
  try {
    return await waitFor(what, () => {
      last = ours(uri);
      return accept(last) ? last : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message} Last seen: ${JSON.stringify(last, null, 2)}`, { cause: error });
  }
}

/** The extension, once it is active: opening a JSON or YAML file activates it. */
export async function activeExtension() {
  const extension = extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this editor.`);
  await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
  return extension;
}

export async function completionLabels(uri: Uri, position: Position): Promise<Map<string, string | undefined>> {
  const list = await commands.executeCommand<import('vscode').CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
  );
  return new Map(
    list.items.map((item) => [typeof item.label === 'string' ? item.label : item.label.label, item.detail]),
  );
}

export async function hoverText(uri: Uri, position: Position): Promise<string> {
  const hovers = await commands.executeCommand<import('vscode').Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n---\n');
}

/** Reverts a document to what is on disk, so that the next test starts from the fixture. */
export async function revert(document: TextDocument): Promise<void> {
  await window.showTextDocument(document);
  await commands.executeCommand('workbench.action.files.revert');
}
