import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Catalog } from '../../catalog/catalog';
import { getCatalog } from '../../catalog/load';
import { Analysis } from '../../engine/analyze';
import { EmbeddedPolicy } from '../../cfn/embedded';
import { writtenBack } from '../../cfn/values';
import { PolicyDocument } from '../../model/policy';
import { Span } from '../../parsing/tree';
import { Finding } from '../../rules/rule';
import { analysisOf } from '../analyses';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { analysisTarget } from '../documentFilter';
import { DocumentSettings } from '../settings';
import { addConditionFix } from './condition';
import { disableFixes } from './disable';
import { Fix, FixInput } from './edits';
import { narrowFixes } from './narrow';
import { scopeResourceFixes, splitByServiceFixes } from './scope';
import { replacementFix } from './replacement';
import { addResourcesFix, addStatementFix, addVersionFix, removeCoveredFix } from './structure';

/** The quick fixes built from a finding's data, in the order they are offered. */
const DATA_FIXES: ((input: FixInput) => Fix[])[] = [
  replacementFix,
  addStatementFix,
  addVersionFix,
  addResourcesFix,
  removeCoveredFix,
  addConditionFix,
];

/**
 * The code actions for a range: quick fixes for the client's diagnostics there, and least-privilege rewrites of
 * the wildcard action under the cursor. The document is analysed again, and a diagnostic is only fixed when a
 * finding of the current text has its rule and range, so data from an older version never makes a wrong edit.
 */
export function codeActions(
  document: TextDocument,
  params: CodeActionParams,
  settings: DocumentSettings,
  catalog: Catalog = getCatalog(),
): CodeAction[] {
  const target = analysisTarget(document.uri, document.languageId);
  const text = document.getText();
  const analysis = target && analysisOf(document, settings);
  if (!target || !analysis) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const finding = findingOf(document, analysis, diagnostic);
    if (!finding) continue;
    const yaml = target.languageId === 'yaml';
    const held = policyAt(analysis, finding.offset);
    const input = {
      text,
      analysis,
      finding,
      policy: held?.policy,
      yaml,
      written: held?.embedded && writtenIn(text, held.embedded),
    };
    const fixes = DATA_FIXES.flatMap((fix) => fix(input));
    if (target.languageId === 'jsonc') fixes.push(...disableFixes(input, '//'));
    if (target.languageId === 'yaml') fixes.push(...disableFixes(input, '#'));
    actions.push(...fixes.map((fix) => toCodeAction(document, fix, diagnostic)));
    actions.push(documentationAction(finding.ruleId, diagnostic));
  }
  // The policy under the cursor: the document's own, or one of a template's (whose plain strings keep their places).
  const offset = document.offsetAt(params.range.start);
  const policies = analysis.policy
    ? [analysis.policy]
    : (analysis.template?.policies.filter((p) => holds(p.source, offset)).map((p) => p.policy) ?? []);
  const yaml = target.languageId === 'yaml';
  for (const policy of policies) {
    if (offset < policy.root.offset || offset > policy.root.offset + policy.root.length) continue;
    const rewrites = narrowFixes(text, policy, catalog, offset, yaml);
    rewrites.push(
      ...scopeResourceFixes(text, policy, catalog, offset, yaml),
      ...splitByServiceFixes(text, policy, offset, yaml),
    );
    actions.push(...rewrites.map((fix) => toCodeAction(document, fix)));
  }
  return wanted(unique(actions), params.context.only);
}

/** The policy that holds an offset: the document's own, or the one of a template's whose text holds it. */
function policyAt(
  analysis: Analysis,
  offset: number,
): { policy: PolicyDocument; embedded?: EmbeddedPolicy } | undefined {
  if (analysis.policy) return { policy: analysis.policy };
  return analysis.template?.policies.find((p) => holds(p.source, offset));
}

/**
 * A value a fix writes into a template's policy: where it holds a sample or stand-in of the resolution (the
 * bucket's name, the account), the `Fn::Sub` that says what it stands for; else the value as it is.
 */
function writtenIn(text: string, embedded: EmbeddedPolicy): (value: string) => unknown {
  const source = text.slice(embedded.source.offset, embedded.source.offset + embedded.source.length);
  return (value) => {
    const back = writtenBack(value, embedded.samples, source);
    return back === value ? value : { 'Fn::Sub': back };
  };
}

/** The finding of the current analysis that a diagnostic the client sent stands for. */
function findingOf(document: TextDocument, analysis: Analysis, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') return undefined;
  const offset = document.offsetAt(diagnostic.range.start);
  const length = document.offsetAt(diagnostic.range.end) - offset;
  return analysis.findings.find((f) => f.ruleId === diagnostic.code && f.offset === offset && f.length === length);
}

function toCodeAction(document: TextDocument, fix: Fix, diagnostic?: Diagnostic): CodeAction {
  const edits: TextEdit[] = fix.edits.map((e) => ({
    range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) },
    newText: e.text,
  }));
  const action: CodeAction = { title: fix.title, kind: fix.kind, edit: { changes: { [document.uri]: edits } } };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.isPreferred) action.isPreferred = true;
  return action;
}

/** The command that opens a rule's documentation: the server answers it with `window/showDocument`. */
export const SHOW_RULE_DOCUMENTATION = 'policyLens.showRuleDocumentation';

/** "Show the documentation of <rule>", last among the actions of a diagnostic. */
function documentationAction(ruleId: string, diagnostic: Diagnostic): CodeAction {
  const title = `Show the documentation of ${ruleId}`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: SHOW_RULE_DOCUMENTATION, arguments: [ruleId] },
  };
}

/** One "Disable <rule> for this line/file" however many diagnostics of the rule the range holds. */
function unique(actions: CodeAction[]): CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = `${a.title}\n${JSON.stringify(a.edit ?? a.command)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The actions of the kinds the client asked for (`quickfix` asks for `quickfix.*` too), or all. */
function wanted(actions: CodeAction[], only: string[] | undefined): CodeAction[] {
  if (!only || only.length === 0) return actions;
  return actions.filter((a) => only.some((kind) => a.kind === kind || a.kind!.startsWith(`${kind}.`)));
}

function holds(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}
