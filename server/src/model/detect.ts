import { minimatch } from 'minimatch';
import { PObject } from '../parsing/tree';
import { PolicyKind, isPolicyKind } from './kind';
import { buildPolicy, KindSource, PolicyDocument, stringsOf } from './policy';

/** The file-name conventions that say what kind of policy a file holds; the longest suffix wins. */
export const FILE_NAME_KINDS: readonly [string, PolicyKind][] = [
  ['.bucket-policy.json', 'bucket'],
  ['.key-policy.json', 'key'],
  ['.trust-policy.json', 'trust'],
  ['.queue-policy.json', 'resource'],
  ['.topic-policy.json', 'resource'],
  ['.resource-policy.json', 'resource'],
  ['.boundary.json', 'boundary'],
  ['.scp.json', 'scp'],
  ['.rcp.json', 'rcp'],
  ['.policy.json', 'identity'],
];

/**
 * The file-name convention a path follows, `.jsonc` included (`app.key-policy.jsonc`): its suffix and the kind it
 * says, or undefined. The longest suffix is listed first, so it wins.
 */
export function fileNameKind(fileName: string): { suffix: string; kind: PolicyKind } | undefined {
  const lower = fileName.toLowerCase();
  const named = FILE_NAME_KINDS.find(([suffix]) => lower.endsWith(suffix) || lower.endsWith(suffix + 'c'));
  return named && { suffix: named[0], kind: named[1] };
}

/** What decides a document's kind besides its content. */
export interface KindHints {
  /** The document's path or URI. */
  fileName?: string;
  /** Glob → kind, from the `policyLens.policyKinds` setting. */
  kindGlobs?: Record<string, string>;
}

/** Builds the policy view of a root object, choosing its kind: file name, then setting, then content. */
export function detectPolicy(root: PObject, hints: KindHints): PolicyDocument {
  const { kind, reason, source } = chooseKind(root, hints);
  return buildPolicy(root, kind, reason, source);
}

interface KindChoice {
  kind: PolicyKind;
  reason: string;
  source: KindSource;
}

function chooseKind(root: PObject, hints: KindHints): KindChoice {
  const path = (hints.fileName ?? '').replace(/\\/g, '/');
  const named = fileNameKind(path);
  if (named) return { kind: named.kind, reason: `file name ends in ${named.suffix}`, source: 'file-name' };
  for (const [glob, kind] of Object.entries(hints.kindGlobs ?? {})) {
    if (isPolicyKind(kind) && path && matchesSetting(path, glob)) {
      return { kind, reason: `setting policyLens.policyKinds: ${glob}`, source: 'setting' };
    }
  }
  return { ...inferKind(root), source: 'content' };
}

/**
 * A glob of the setting against a document's path. The server sees absolute paths while settings hold paths relative
 * to a workspace folder (`keys/app.json`), so a relative glob matches the end of the path;
 * a glob without `/` matches the file name anywhere.
 */
function matchesSetting(path: string, glob: string): boolean {
  const anchored = glob.startsWith('/') || glob.startsWith('**/') || /^[A-Za-z]:/.test(glob);
  const pattern = glob.includes('/') && !anchored ? '**/' + glob : glob;
  try {
    return minimatch(path, pattern, { matchBase: !glob.includes('/'), dot: true });
  } catch {
    // minimatch refuses patterns over 64 KB: such a setting matches nothing rather than stopping the analysis.
    return false;
  }
}

/** Infers the kind from the statements: who they name, which actions and resources. */
function inferKind(root: PObject): Omit<KindChoice, 'source'> {
  const policy = buildPolicy(root, 'identity', '');
  const withPrincipal = policy.statements.filter((s) => s.elements.Principal || s.elements.NotPrincipal);
  if (withPrincipal.length === 0) return { kind: 'identity', reason: 'no statement has a Principal' };
  const actions = policy.statements.flatMap((s) => stringsOf(s.elements.Action ?? s.elements.NotAction));
  const resources = policy.statements.flatMap((s) => stringsOf(s.elements.Resource ?? s.elements.NotResource));
  const names = actions.map((a) => a.value.toLowerCase());
  if (names.length > 0 && names.every((a) => a.startsWith('sts:')) && resources.length === 0) {
    return { kind: 'trust', reason: 'only sts actions, a Principal and no Resource' };
  }
  if (
    names.length > 0 &&
    names.every((a) => a.startsWith('s3:')) &&
    resources.some((r) => r.value.startsWith('arn:'))
  ) {
    return { kind: 'bucket', reason: 'only s3 actions on S3 ARNs, with a Principal' };
  }
  if (names.length > 0 && names.every((a) => a.startsWith('kms:')) && resources.every((r) => r.value === '*')) {
    return { kind: 'key', reason: 'only kms actions on Resource "*", with a Principal' };
  }
  return { kind: 'resource', reason: 'statements have a Principal' };
}
