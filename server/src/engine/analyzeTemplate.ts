import { Catalog } from '../catalog/catalog';
import { EmbeddedPolicy, PolicyValue, policyValues, resolvePolicy } from '../cfn/embedded';
import { ResolveEnv, writtenBack } from '../cfn/values';
import { collectReferences, Reference } from '../cfn/references';
import { TEMPLATE_RULES } from '../cfn/rules';
import { TemplateContext } from '../cfn/rules/rule';
import { CfnSpec } from '../cfn/spec/spec';
import { buildTemplate, Resource, Template } from '../cfn/template';
import { KIND_NAMES } from '../model/kind';
import { buildPolicy, PolicyDocument } from '../model/policy';
import { lineAt, lineStarts } from '../parsing/lines';
import { PNode, PObject, Span } from '../parsing/tree';
import { ruleById } from '../rules';
import { Finding, Severity } from '../rules/rule';
import { AnalysisSettings } from './settings';

/** A template's analysis: the model, its references, its policies and every finding of both kinds of rule. */
export interface TemplateAnalysis {
  template: Template;
  references: Reference[];
  policies: TemplatePolicy[];
  findings: Finding[];
}

/**
 * A policy of the template. Where it lies is known at once; its resolution and model are made when first asked
 * for (hover, completion, code actions and the outline ask for the policy under the cursor, or for all), since an
 * edit elsewhere reuses its findings without resolving it again.
 */
export interface TemplatePolicy {
  /** The policy value as written in the template. */
  readonly source: PNode;
  readonly resource: Resource;
  readonly embedded: EmbeddedPolicy;
  readonly policy: PolicyDocument;
}

class LazyPolicy implements TemplatePolicy {
  private resolvedPolicy?: EmbeddedPolicy;
  private model?: PolicyDocument;

  constructor(
    readonly source: PNode,
    readonly resource: Resource,
    private readonly resolve: () => EmbeddedPolicy,
  ) {}

  get embedded(): EmbeddedPolicy {
    return (this.resolvedPolicy ??= this.resolve());
  }

  get policy(): PolicyDocument {
    const one = this.embedded;
    return (this.model ??= buildPolicy(
      one.root,
      one.kind,
      `${one.reason} holds a ${KIND_NAMES[one.kind]}`,
      'template',
    ));
  }
}

/** A map that keeps what the last two analyses used: what neither used is dropped, so it never grows past two. */
class TwoGenerations<K, V> {
  private previous = new Map<K, V>();
  private current = new Map<K, V>();

  get(key: K): V | undefined {
    const found = this.current.get(key) ?? this.previous.get(key);
    if (found) this.current.set(key, found);
    return found;
  }

  set(key: K, value: V): void {
    this.current.set(key, value);
  }

  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** What one resource's policies gave: kept while its parse node stands and the resources it named are unchanged. */
interface ResourcePolicies {
  /** The logical ids its intrinsics looked up → the text of that resource then (empty when there was none). */
  dependencies: Map<string, string>;
  policies: { value: PolicyValue; findings: Finding[] }[];
}

/**
 * Findings of embedded policies kept from one analysis of a document to the next, for one set of settings, by
 * their owner (engine/incremental.ts), with offsets from the policy's start so that an edit elsewhere only moves
 * them:
 *
 * - by resource: a resource whose parse node is the same object as before (an edit elsewhere shifts the nodes of
 *   the others in place, and parses only the edited one again) and whose intrinsics' targets have the same text
 *   reuses its policies' findings without resolving them again;
 * - by policy: a policy whose kind, text and resolved values are those of a policy seen before reuses its findings.
 */
export class PolicyMemo {
  private readonly policies = new TwoGenerations<string, Finding[]>();
  private resources = new TwoGenerations<PNode, ResourcePolicies>();
  /** The template's transforms when the resources were kept: they decide which properties hold policies. */
  private transforms?: string;
  hits = 0;
  misses = 0;

  resource(node: PNode, transforms: string): ResourcePolicies | undefined {
    if (this.transforms !== transforms) {
      this.transforms = transforms;
      this.resources = new TwoGenerations();
    }
    return this.resources.get(node);
  }

  keepResource(node: PNode, entry: ResourcePolicies): void {
    this.resources.set(node, entry);
  }

  get(key: string): Finding[] | undefined {
    return this.policies.get(key);
  }

  set(key: string, findings: Finding[]): void {
    this.policies.set(key, findings);
  }

  /** Ends one analysis. */
  rotate(): void {
    this.policies.rotate();
    this.resources.rotate();
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
  const { policies, findings: policyFindings } = analyzePolicies(template, text, spec, runPolicyRules, memo);
  const findings: Finding[] = [];
  const policyRoots = new Set(policies.map((p) => p.source));
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
  findings.push(...policyFindings);
  return { template, references, policies, findings };
}

/** The template's policies and their findings, reusing what the memo kept of resources and policies seen before. */
function analyzePolicies(
  template: Template,
  text: string,
  spec: CfnSpec,
  runPolicyRules: (policy: PolicyDocument) => Finding[],
  memo: PolicyMemo | undefined,
): { policies: TemplatePolicy[]; findings: Finding[] } {
  const resourceType = (type: string) => spec.resourceType(type);
  const plain: ResolveEnv = { template, resourceType };
  const texts = new Map<string, string>();
  const textOf = (name: string): string => {
    let known = texts.get(name);
    if (known === undefined) {
      const target = template.resource(name)?.property;
      known = target ? text.slice(target.offset, target.offset + target.length) : '';
      texts.set(name, known);
    }
    return known;
  };
  const policies: TemplatePolicy[] = [];
  const findings: Finding[] = [];
  for (const resource of template.resources) {
    const node = resource.property.value;
    if (!node) continue;
    const kept = memo?.resource(node, template.transformsKey);
    if (kept && [...kept.dependencies].every(([name, was]) => textOf(name) === was)) {
      memo!.keepResource(node, kept);
      for (const { value, findings: own } of kept.policies) {
        memo!.hits++;
        // Unchanged since it was kept, so it resolves to an object again (a policy that did not is not kept).
        policies.push(new LazyPolicy(value.value, resource, () => resolvePolicy({ ...value, resource }, plain)!));
        const base = value.value.offset;
        for (const f of own) findings.push({ ...f, offset: f.offset + base });
      }
      continue;
    }
    // Resolution reads other resources by logical id: which, and their text, decide whether this can be kept.
    const dependencies = new Map<string, string>();
    const env: ResolveEnv = {
      template: {
        resource(name) {
          dependencies.set(name, textOf(name));
          return template.resource(name);
        },
      },
      resourceType,
    };
    const entry: ResourcePolicies = { dependencies, policies: [] };
    let keepable = true;
    for (const value of policyValues(resource, template, spec)) {
      const one = resolvePolicy(value, env);
      if (!one) continue;
      const policy = new LazyPolicy(one.source, resource, () => one);
      policies.push(policy);
      const own = policyFindings(one, policy, text, runPolicyRules, memo);
      findings.push(...own);
      const base = one.source.offset;
      // A finding outside the policy's own text (none is expected) would not move with it: it is not kept.
      if (own.every((f) => inside(f, one.source)))
        entry.policies.push({ value, findings: own.map((f) => ({ ...f, offset: f.offset - base })) });
      else keepable = false;
    }
    if (memo && keepable) memo.keepResource(node, entry);
  }
  memo?.rotate();
  return { policies, findings };
}

/** The findings of one resolved policy, from the memo where a policy with the same key was seen. */
function policyFindings(
  one: EmbeddedPolicy,
  policy: TemplatePolicy,
  text: string,
  runPolicyRules: (policy: PolicyDocument) => Finding[],
  memo: PolicyMemo | undefined,
): Finding[] {
  const base = one.source.offset;
  const key = memo && memoKey(one, text);
  const known = key !== undefined ? memo!.get(key) : undefined;
  if (known) {
    memo!.hits++;
    return known.map((f) => ({ ...f, offset: f.offset + base }));
  }
  const own: Finding[] = [];
  for (const finding of runPolicyRules(policy.policy)) {
    // Rules that read the document's text do not apply; rules that compare names do not where a name is a
    // stand-in (two stand-ins may be one bucket); nothing is kept inside a value that could not be resolved.
    const reads = ruleById(finding.ruleId)?.inTemplates;
    if (reads === 'text' || one.opaque.some((s) => inside(finding, s))) continue;
    if (reads === 'names' && one.partial.some((s) => inside(finding, s))) continue;
    own.push({ ...finding, message: shownWithSources(finding.message, one, text) });
  }
  if (key === undefined) return own;
  memo!.misses++;
  if (own.every((f) => inside(f, one.source)))
    memo!.set(
      key,
      own.map((f) => ({ ...f, offset: f.offset - base })),
    );
  return own;
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
