import { CodeLens } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileNameKind } from '../model/detect';
import { KIND_NAMES, POLICY_KINDS, PolicyKind } from '../model/kind';
import { KindSource } from '../model/policy';
import { analysisOf } from './analyses';
import { analysisTarget } from './documentFilter';
import { DocumentSettings } from './settings';

/** The client command a kind lens runs, with the document's URI and a {@link KindChoice} as arguments. */
export const CHANGE_KIND_COMMAND = 'policyLens.changePolicyKind';

/** What the client needs to let the user change a document's kind; the client holds no list of kinds itself. */
export interface KindChoice {
  /** The kind the document is analysed as. */
  current: PolicyKind;
  /** Every kind with its name, in the order to offer them. */
  kinds: { kind: PolicyKind; name: string }[];
  /** The file-name suffix that decides the kind, when there is one: the setting cannot change the kind then. */
  fixedBySuffix?: string;
}

/**
 * A code lens above a policy document saying which kind it is analysed as and why, whose command lets the user
 * change it. Documents that are not policies, or that Policy Lens leaves alone, get none.
 */
export function kindLenses(document: TextDocument, settings: DocumentSettings): CodeLens[] {
  if (!settings.enable) return [];
  const target = analysisTarget(document.uri, document.languageId);
  if (!target) return [];
  const policy = analysisOf(document, settings)?.policy;
  if (!policy) return [];
  const fixedBySuffix = nameSuffixOf(target.fileName);
  const choice: KindChoice = {
    current: policy.kind,
    kinds: POLICY_KINDS.map((kind) => ({ kind, name: KIND_NAMES[kind] })),
    ...(fixedBySuffix ? { fixedBySuffix } : {}),
  };
  const start = document.positionAt(policy.root.offset);
  return [
    {
      range: { start, end: start },
      command: {
        title: `Policy Lens: ${KIND_NAMES[policy.kind]} (${shownReason(policy.kindReason, policy.kindSource)})`,
        tooltip: fixedBySuffix
          ? 'The file name decides the kind: rename the file to change it.'
          : 'Choose the kind of policy this file holds.',
        command: CHANGE_KIND_COMMAND,
        arguments: [document.uri, choice],
      },
    },
  ];
}

/** The detection's reason, marked as a guess when neither the file name nor the setting decided the kind. */
function shownReason(reason: string, source: KindSource): string {
  return source === 'content' ? `inferred: ${reason}` : reason;
}

/** The file-name convention that decides the kind, as the detection applies it (`.jsonc` included). */
function nameSuffixOf(fileName: string): string | undefined {
  return fileNameKind(fileName)?.suffix;
}
