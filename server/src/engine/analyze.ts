import { Catalog } from '../catalog/catalog';
import { getCatalog } from '../catalog/load';
import { detectPolicy } from '../model/detect';
import { looksLikePolicy, PolicyDocument } from '../model/policy';
import { parseJson } from '../parsing/json';
import { ParseResult, Span } from '../parsing/tree';
import { ALL_RULES } from '../rules';
import { jsonSyntax } from '../rules/grammar/jsonSyntax';
import { Finding, Rule, RuleContext, Severity } from '../rules/rule';
import { AnalysisSettings, DEFAULT_SETTINGS } from './settings';
import { applySuppressions, jsoncComments, readSuppressions } from './suppressions';

/** What is known about the document besides its text. */
export interface AnalysisInput {
  text: string;
  /** Path or URI; file-name conventions decide the policy kind. */
  fileName?: string;
  /** `jsonc` allows comments; anything else is strict JSON. */
  languageId?: string;
  settings?: AnalysisSettings;
  catalog?: Catalog;
}

/** The analysis of one document. */
export interface Analysis {
  /** The policy, when the document is one. */
  policy?: PolicyDocument;
  parse: ParseResult;
  findings: Finding[];
}

/** Parses and lints a document. A document that is not a policy gets no findings. */
export function analyze(input: AnalysisInput): Analysis {
  const analysis = analyzeAll(input);
  // Only JSONC can hold the comments; in strict JSON a comment is itself an error, and the setting is the way.
  if (input.languageId !== 'jsonc' || analysis.findings.length === 0) return analysis;
  const suppressions = readSuppressions(input.text, jsoncComments(input.text));
  return { ...analysis, findings: applySuppressions(analysis.findings, input.text, suppressions) };
}

function analyzeAll(input: AnalysisInput): Analysis {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const parse = parseJson(input.text, { allowComments: input.languageId === 'jsonc' });
  const root = parse.root;
  if (!looksLikePolicy(root)) {
    // A file named as a policy is one even when it is too broken to tell: say why nothing else is reported.
    const named =
      /\.(policy|bucket-policy|key-policy|trust-policy|queue-policy|topic-policy|resource-policy|boundary|scp|rcp)\.jsonc?$/i;
    const findings = named.test(input.fileName ?? '') ? syntaxFindings(parse, settings) : [];
    return { parse, findings };
  }
  const policy = detectPolicy(root, { fileName: input.fileName, kindGlobs: settings.policyKinds });
  const catalog = input.catalog ?? getCatalog();
  const findings = [...syntaxFindings(parse, settings), ...runRules(policy, catalog, settings)];
  findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  return { policy, parse, findings };
}

function syntaxFindings(parse: ParseResult, settings: AnalysisSettings): Finding[] {
  const severity = levelOf(jsonSyntax, settings);
  if (!severity) return [];
  return parse.problems.map((p) => ({
    ruleId: jsonSyntax.id,
    severity,
    offset: p.offset,
    length: p.length,
    message: p.message,
  }));
}

/** Runs every enabled rule that applies to the policy's kind. */
export function runRules(policy: PolicyDocument, catalog: Catalog, settings: AnalysisSettings): Finding[] {
  const findings: Finding[] = [];
  for (const rule of ALL_RULES) {
    if (rule.kinds && !rule.kinds.includes(policy.kind)) continue;
    const severity = levelOf(rule, settings);
    if (!severity) continue;
    const context: RuleContext = {
      policy,
      catalog,
      report(span: Span, message: string, extra?: Pick<Finding, 'unnecessary' | 'data'>) {
        findings.push({ ruleId: rule.id, severity, offset: span.offset, length: span.length, message, ...extra });
      },
    };
    rule.checkDocument?.(context);
    if (rule.checkStatement) for (const statement of policy.statements) rule.checkStatement(statement, context);
  }
  return findings;
}

function levelOf(rule: Rule, settings: AnalysisSettings): Severity | undefined {
  const level = settings.rules[rule.id] ?? rule.severity;
  return level === 'off' ? undefined : level;
}
