import { Catalog } from '../catalog/catalog';
import { EmbeddedPolicy, embeddedPolicies } from '../cfn/embedded';
import { writtenBack } from '../cfn/values';
import { collectReferences, Reference } from '../cfn/references';
import { TEMPLATE_RULES } from '../cfn/rules';
import { TemplateContext } from '../cfn/rules/rule';
import { CfnSpec } from '../cfn/spec/spec';
import { buildTemplate, Template } from '../cfn/template';
import { KIND_NAMES } from '../model/kind';
import { buildPolicy, PolicyDocument } from '../model/policy';
import { lineAt, lineStarts } from '../parsing/lines';
import { PObject, Span } from '../parsing/tree';
import { ruleById } from '../rules';
import { Finding, Severity } from '../rules/rule';
import { AnalysisSettings } from './settings';

/** A template's analysis: the model, its references, its policies and every finding of both kinds of rule. */
export interface TemplateAnalysis {
  template: Template;
  references: Reference[];
  policies: { embedded: EmbeddedPolicy; policy: PolicyDocument }[];
  findings: Finding[];
}

/**
 * Findings of embedded policies by what decides them (kind, source text, resolved values), with offsets from the
 * policy's start: an edit elsewhere in the template reuses them, shifted to where the policy now is. Kept for one
 * document and one set of settings by its owner (engine/incremental.ts).
 */
export class PolicyMemo {
  private previous = new Map<string, Finding[]>();
  private current = new Map<string, Finding[]>();
  hits = 0;
  misses = 0;

  get(key: string): Finding[] | undefined {
    const found = this.current.get(key) ?? this.previous.get(key);
    if (found) this.current.set(key, found);
    return found;
  }

  set(key: string, findings: Finding[]): void {
    this.current.set(key, findings);
  }

  /** Ends one analysis: what it did not use is dropped at the end of the next, so the memo never grows past two. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/**
 * Lints a template in one pass: the template rules, then each embedded policy with the policy rules of its kind.
 * A policy finding inside a value that could not be resolved (a parameter, an import) is dropped: a value is never
 * flagged only because an intrinsic builds it.
 */
export function analyzeTemplate(
  root: PObject,
  text: string,
  settings: AnalysisSettings,
  catalog: Catalog,
  spec: CfnSpec,
  runPolicyRules: (policy: PolicyDocument) => Finding[],
  memo?: PolicyMemo,
): TemplateAnalysis {
  const template = buildTemplate(root);
  const references = collectReferences(template);
  const findings: Finding[] = [];
  const embedded = embeddedPolicies(template, spec);
  const policyRoots = new Set(embedded.map((e) => e.source));
  let lines: number[] | undefined;
  for (const rule of TEMPLATE_RULES) {
    const level = settings.rules[rule.id] ?? rule.severity;
    if (level === 'off') continue;
    const severity: Severity = level;
    const context: TemplateContext = {
      template,
      references,
      spec,
      catalog,
      text,
      policyRoots,
      lineOf: (offset) => lineAt((lines ??= lineStarts(text)), offset),
      report(span: Span, message: string, extra?: Pick<Finding, 'unnecessary' | 'data'>) {
        findings.push({ ruleId: rule.id, severity, offset: span.offset, length: span.length, message, ...extra });
      },
    };
    rule.check(context);
  }
  const policies: TemplateAnalysis['policies'] = [];
  for (const one of embedded) {
    const policy = buildPolicy(one.root, one.kind, `${one.reason} holds a ${KIND_NAMES[one.kind]}`, 'template');
    policies.push({ embedded: one, policy });
    const base = one.source.offset;
    const key = memo && memoKey(one, text);
    const known = key !== undefined ? memo!.get(key) : undefined;
    if (known) {
      memo!.hits++;
      for (const f of known) findings.push({ ...f, offset: f.offset + base });
      continue;
    }
    const own: Finding[] = [];
    for (const finding of runPolicyRules(policy)) {
      // Rules that read the document's text do not apply; rules that compare names do not where a name is a
      // stand-in (two stand-ins may be one bucket); nothing is kept inside a value that could not be resolved.
      const reads = ruleById(finding.ruleId)?.inTemplates;
      if (reads === 'text' || one.opaque.some((s) => inside(finding, s))) continue;
      if (reads === 'names' && one.partial.some((s) => inside(finding, s))) continue;
      own.push({ ...finding, message: shownWithSources(finding.message, one, text) });
    }
    findings.push(...own);
    if (key === undefined) continue;
    memo!.misses++;
    // A finding outside the policy's own text (none is expected) would not move with it: such a policy is not kept.
    if (own.every((f) => inside(f, one.source)))
      memo!.set(
        key,
        own.map((f) => ({ ...f, offset: f.offset - base })),
      );
  }
  memo?.rotate();
  return { template, references, policies, findings };
}

/**
 * A message as the template's author reads it: a sample put in for a pseudo parameter or a stand-in for an unknown
 * name is written back as what it stands for (`arn:aws:iam::123456789012:root` → `…::${AWS::AccountId}:root`),
 * unless the policy itself writes that text, where it may be meant literally.
 */
function shownWithSources(message: string, policy: EmbeddedPolicy, text: string): string {
  return writtenBack(
    message,
    policy.samples,
    text.slice(policy.source.offset, policy.source.offset + policy.source.length),
  );
}

/**
 * What decides an embedded policy's findings: its kind, its text, and what its intrinsics resolved to (which
 * depends on other resources: the ARN format and name of a GetAtt's target), with the unknown parts' places.
 */
function memoKey(policy: EmbeddedPolicy, text: string): string {
  const base = policy.source.offset;
  const source = text.slice(base, base + policy.source.length);
  const spans = (list: Span[]) => list.map((s) => `${s.offset - base}+${s.length}`).join(',');
  return [
    policy.kind,
    // The reason names the resource type and property, and a message may quote it.
    policy.reason,
    source,
    policy.resolved.join('\u0001'),
    spans(policy.opaque),
    spans(policy.partial),
  ].join('\u0000');
}

function inside(finding: Span, span: Span): boolean {
  return finding.offset >= span.offset && finding.offset + finding.length <= span.offset + span.length;
}
