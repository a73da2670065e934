import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../engine/analyze';
import { ruleDocUrl } from '../rules/docsUrl';
import { Finding, Severity } from '../rules/rule';
import { analysisTarget } from './documentFilter';
import { DocumentSettings } from './settings';

/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'policy-lens';

/**
 * Documents longer than this are not analysed: the largest policy AWS accepts is 20 KB and the largest
 * CloudFormation template 1 MB, so a longer JSON file is data, and parsing it on every edit would only cost time.
 */
export const MAX_ANALYSED_LENGTH = 2_000_000;

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostics of a document under its settings; none when it is not a policy or linting is off. */
export function diagnosticsOf(document: TextDocument, settings: DocumentSettings): Diagnostic[] {
  if (!settings.enable) return [];
  const target = analysisTarget(document.uri, document.languageId);
  if (!target) return [];
  const text = document.getText();
  if (text.length > MAX_ANALYSED_LENGTH) return [];
  const { findings } = analyze({ text, ...target, settings: settings.analysis });
  return findings.map((finding) => toDiagnostic(document, finding));
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
