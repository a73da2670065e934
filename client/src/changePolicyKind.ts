// The command behind the kind lens: the server names the document and sends the kinds to offer, so the client holds
// no knowledge of policy kinds; it only asks the user and writes the folder's `policyLens.policyKinds` setting. The
// server re-lints on the configuration change, so the diagnostics and the lens follow.
import { ConfigurationTarget, QuickPickItem, Uri, window, workspace, WorkspaceFolder } from 'vscode';

/** The id the server's code lens runs. */
export const CHANGE_KIND_COMMAND = 'policyLens.changePolicyKind';

/** What the server sends with the command (see server/src/features/kindLens.ts); checked, since it crosses a wire. */
interface KindChoice {
  current: string;
  kinds: { kind: string; name: string }[];
  fixedBySuffix?: string;
}

interface KindItem extends QuickPickItem {
  /** The kind to write; undefined removes this file's entry, so the kind is inferred again. */
  policyKind: string | undefined;
}

/** Asks for a kind and writes it for this file in its workspace folder's `policyLens.policyKinds`. */
export async function changePolicyKind(uriArgument: unknown, choiceArgument: unknown): Promise<void> {
  const choice = readChoice(choiceArgument);
  if (typeof uriArgument !== 'string' || !choice) {
    void window.showInformationMessage('Policy Lens: use the lens above a policy to change its kind.');
    return;
  }
  const uri = Uri.parse(uriArgument);
  const currentName = choice.kinds.find((k) => k.kind === choice.current)?.name ?? choice.current;
  if (choice.fixedBySuffix) {
    void window.showInformationMessage(
      `Policy Lens: the file name ends in ${choice.fixedBySuffix}, so the file is read as: ${currentName}. A file ` +
        'name wins over the policyLens.policyKinds setting: rename the file to change its kind.',
    );
    return;
  }
  const folder = workspace.getWorkspaceFolder(uri);
  const relative = folder && relativePath(folder, uri);
  if (!folder || !relative) {
    void window.showInformationMessage(
      'Policy Lens: this file is not in a workspace folder, so no folder setting can name it. Open its folder, or ' +
        'name the file after its kind (for example name.bucket-policy.json).',
    );
    return;
  }
  await writeKind(folder, relative, choice, currentName);
}

async function writeKind(folder: WorkspaceFolder, relative: string, choice: KindChoice, currentName: string) {
  const key = escapeGlob(relative);
  const configuration = workspace.getConfiguration('policyLens', folder.uri);
  const existing = configuration.inspect<Record<string, unknown>>('policyKinds')?.workspaceFolderValue ?? {};
  const items: KindItem[] = choice.kinds.map(({ kind, name }) => ({
    label: name,
    description: kind === choice.current ? `${kind} (current)` : kind,
    policyKind: kind,
  }));
  if (key in existing) {
    items.push({ label: 'Infer from the content', description: `remove "${key}"`, policyKind: undefined });
  }
  const picked = await window.showQuickPick(items, {
    title: 'Policy kind',
    placeHolder: `Read now as: ${currentName}. Choose the kind of ${relative}.`,
  });
  if (!picked) return;
  const rest = Object.fromEntries(Object.entries(existing).filter(([glob]) => glob !== key));
  // The first matching glob wins: this file's own entry goes first so that a broader glob does not hide it.
  const next = picked.policyKind === undefined ? rest : { [key]: picked.policyKind, ...rest };
  await configuration.update('policyKinds', next, ConfigurationTarget.WorkspaceFolder);
}

function readChoice(value: unknown): KindChoice | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { current, kinds, fixedBySuffix } = value as Record<string, unknown>;
  if (typeof current !== 'string' || !Array.isArray(kinds)) return undefined;
  const valid = kinds.filter(
    (k): k is KindChoice['kinds'][number] =>
      !!k && typeof k === 'object' && typeof k.kind === 'string' && typeof k.name === 'string',
  );
  if (valid.length === 0) return undefined;
  return { current, kinds: valid, fixedBySuffix: typeof fixedBySuffix === 'string' ? fixedBySuffix : undefined };
}

/** The file's path inside the folder, '/'-separated; undefined when it is not inside. */
function relativePath(folder: WorkspaceFolder, uri: Uri): string | undefined {
  const base = folder.uri.path.replace(/\/$/, '') + '/';
  // Drive letters may differ in case between the two URIs on Windows.
  if (!uri.path.toLowerCase().startsWith(base.toLowerCase())) return undefined;
  return uri.path.slice(base.length) || undefined;
}

/** A path as a glob matching only itself: file names may hold `[`, `{`, `*`, or start with `#` or `!`. */
function escapeGlob(path: string): string {
  return path.replace(/[\\?*()[\]{}!+@#]/g, '\\$&');
}
