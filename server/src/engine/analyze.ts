import { Catalog } from '../catalog/catalog';
import { getCatalog } from '../catalog/load';
import { detectPolicy, fileNameKind } from '../model/detect';
import { looksLikePolicy, PolicyDocument } from '../model/policy';
import { getCfnSpec } from '../cfn/spec/load';
import { looksLikeTemplate } from '../cfn/template';
import { parseJson } from '../parsing/json';
import { parseYaml } from '../parsing/yaml';
import { ParseResult, Span } from '../parsing/tree';
import { ALL_RULES } from '../rules';
import { jsonSyntax } from '../rules/grammar/jsonSyntax';
import { yamlSyntax } from '../rules/grammar/yamlSyntax';
import { Finding, Rule, RuleContext, Severity } from '../rules/rule';
import { analyzeTemplate, PolicyMemo, TemplateAnalysis } from './analyzeTemplate';
import { AnalysisSettings, DEFAULT_SETTINGS } from './settings';
import { applySuppressions, jsoncComments, readSuppressions } from './suppressions';

/** What is known about the document besides its text. */
export interface AnalysisInput {
  text: string;
  /** Path or URI; file-name conventions decide the policy kind. */
  fileName?: string;
  /** `jsonc` allows comments, `yaml` is YAML (templates); anything else is strict JSON. */
  languageId?: string;
  settings?: AnalysisSettings;
  catalog?: Catalog;
}

/** What an incremental analysis brings: the parse of this text, and the memo of units analysed before. */
export interface AnalysisReuse {
  parse?: ParseResult;
  memo?: PolicyMemo;
}

/** The analysis of one document. */
export interface Analysis {
  /** The policy, when the document is one. */
  policy?: PolicyDocument;
  /** The template, its references and embedded policies, when the document is a CloudFormation template. */
  template?: TemplateAnalysis;
  parse: ParseResult;
  findings: Finding[];
}

/** Parses and lints a document. A document that is not a policy gets no findings. */
export function analyze(input: AnalysisInput, reuse: AnalysisReuse = {}): Analysis {
  const analysis = analyzeAll(input, reuse);
  // Only JSONC and YAML can hold the comments; in strict JSON a comment is itself an error, and the setting is the way.
  if (analysis.findings.length === 0) return analysis;
  const comments =
    input.languageId === 'jsonc'
      ? jsoncComments(input.text)
      : input.languageId === 'yaml'
        ? (analysis.parse.comments ?? [])
        : [];
  if (comments.length === 0) return analysis;
  const suppressions = readSuppressions(input.text, comments);
  return { ...analysis, findings: applySuppressions(analysis.findings, input.text, suppressions) };
}

/** Parses a document in its language. */
export function parseDocument(text: string, languageId: string | undefined): ParseResult {
  return languageId === 'yaml' ? parseYaml(text) : parseJson(text, { allowComments: languageId === 'jsonc' });
}

function analyzeAll(input: AnalysisInput, reuse: AnalysisReuse): Analysis {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const yaml = input.languageId === 'yaml';
  const parse = reuse.parse ?? parseDocument(input.text, input.languageId);
  const root = parse.root;
  const catalog = input.catalog ?? getCatalog();
  if (looksLikeTemplate(root)) {
    const template = analyzeTemplate(
      root,
      input.text,
      settings,
      catalog,
      getCfnSpec(),
      (policy) => runRules(policy, catalog, settings),
      reuse.memo,
    );
    const findings = [...syntaxFindings(parse, settings, yaml), ...template.findings];
    findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
    return { parse, template, findings };
  }
  // YAML is read for templates only: IAM takes policies as JSON, and other YAML (workflows, manifests) is not ours.
  if (!looksLikePolicy(root) || yaml) {
    // A file named as a policy is one even when it is too broken to tell, and so is a template that says it is
    // one: say why nothing else is reported.
    const shown = fileNameKind(input.fileName ?? '') !== undefined || input.text.includes('AWSTemplateFormatVersion');
    const findings = shown ? syntaxFindings(parse, settings, yaml) : [];
    return { parse, findings };
  }
  const policy = detectPolicy(root, { fileName: input.fileName, kindGlobs: settings.policyKinds });
  const findings = [...syntaxFindings(parse, settings, yaml), ...runRules(policy, catalog, settings)];
  findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  return { policy, parse, findings };
}

function syntaxFindings(parse: ParseResult, settings: AnalysisSettings, yaml: boolean): Finding[] {
  const rule = yaml ? yamlSyntax : jsonSyntax;
  const severity = levelOf(rule, settings);
  if (!severity) return [];
  return parse.problems.map((p) => ({
    ruleId: rule.id,
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
