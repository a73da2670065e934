import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisOf, MAX_ANALYSED_LENGTH } from './analyses';
import { ruleDocUrl } from '../rules/docsUrl';
import { Finding, Severity } from '../rules/rule';
import { fileNameKind } from '../model/detect';
import { analysisTarget } from './documentFilter';
import { DocumentSettings } from './settings';

/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'policy-lens';

/**
 * Documents longer than this are not analysed: the largest policy AWS accepts is 20 KB and the largest
 * CloudFormation template 1 MB, so a longer JSON file is data, and parsing it on every edit would only cost time.
 */
export { MAX_ANALYSED_LENGTH };

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The code of the diagnostic that says a document was too long to analyse. */
export const TOO_LARGE_CODE = 'document-too-large';

/** Where the limits are explained. */
const LIMITS_DOC_URL = 'https://github.com/policy-lens/policy-lens/blob/main/docs/robustness.md';

/**
 * The diagnostics of a document under its settings; none when it is not a policy or linting is off. A document
 * longer than `maxLength` is not analysed: it gets one diagnostic saying so, when it may be a policy.
 */
export function diagnosticsOf(
  document: TextDocument,
  settings: DocumentSettings,
  maxLength: number = MAX_ANALYSED_LENGTH,
): Diagnostic[] {
  if (!settings.enable) return [];
  const target = analysisTarget(document.uri, document.languageId);
  if (!target) return [];
  const text = document.getText();
  if (text.length > maxLength) return mayBePolicy(text, target.fileName) ? [tooLarge(document, maxLength)] : [];
  const analysis = analysisOf(document, settings, maxLength);
  return (analysis?.findings ?? []).map((finding) => toDiagnostic(document, finding));
}

/**
 * Silence on a long policy would read as "no problems", so it is told it was skipped; other long JSON (data, logs)
 * is not a policy and gets nothing. Both tests are a single linear scan.
 */
function mayBePolicy(text: string, fileName: string): boolean {
  return (
    fileNameKind(fileName) !== undefined || text.includes('"Statement"') || text.includes('AWSTemplateFormatVersion')
  );
}

function tooLarge(document: TextDocument, maxLength: number): Diagnostic {
  const length = document.getText().length;
  return {
    range: { start: document.positionAt(0), end: document.positionAt(Math.min(1, length)) },
    severity: DiagnosticSeverity.Information,
    code: TOO_LARGE_CODE,
    codeDescription: { href: `${LIMITS_DOC_URL}#document-length` },
    source: DIAGNOSTIC_SOURCE,
    message: `Policy Lens did not analyse this document: it has ${count(length)} characters, more than the limit of ${count(maxLength)}. No IAM policy or CloudFormation template is that long; lint it with the policy-lens CLI if it is one.`,
  };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A finding as an LSP diagnostic: rule id as code with a link to its docs, and the finding's fix data. */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: {
      start: document.positionAt(finding.offset),
      end: document.positionAt(finding.offset + finding.length),
    },
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.data) diagnostic.data = finding.data;
  return diagnostic;
}
