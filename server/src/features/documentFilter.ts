import { fileNameKind } from '../model/detect';

/** What the engine is told about a document it should analyse. */
export interface AnalysisTarget {
  /** The decoded path of the URI: file-name conventions and `policyLens.policyKinds` globs match on it. */
  fileName: string;
  /** `jsonc` accepts comments; `json` reports them, as IAM does; `yaml` is read as YAML (templates). */
  languageId: 'json' | 'jsonc' | 'yaml';
}

/**
 * Decides whether a document is one the engine reads: JSON, JSONC and YAML documents (whether each is a policy or a
 * template is the engine's to tell), and any document named by the policy file-name conventions whatever language
 * the editor gave it. Anything else is left alone.
 */
export function analysisTarget(uri: string, languageId: string): AnalysisTarget | undefined {
  const fileName = pathOf(uri);
  if (languageId === 'json' || languageId === 'jsonc' || languageId === 'yaml') return { fileName, languageId };
  // CloudFormation extensions give templates languages of their own.
  if (languageId === 'cloudformation' || languageId === 'cfn-yaml' || languageId === 'cfn-json') {
    return { fileName, languageId: languageId === 'cfn-json' ? 'json' : /\.json$/i.test(fileName) ? 'json' : 'yaml' };
  }
  if (!fileNameKind(fileName)) return undefined;
  return { fileName, languageId: fileName.toLowerCase().endsWith('c') ? 'jsonc' : 'json' };
}

/** The path part of a URI, decoded (`file:///a/my%20key.key-policy.json` → `/a/my key.key-policy.json`). */
export function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    // Not a URL, or a malformed escape: the raw text still carries the name's suffix.
    return uri;
  }
}
