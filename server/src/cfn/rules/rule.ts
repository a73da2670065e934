import { Catalog } from '../../catalog/catalog';
import { PNode } from '../../parsing/tree';
import { Reporter, Severity } from '../../rules/rule';
import { Reference } from '../references';
import { CfnSpec } from '../spec/spec';
import { Template } from '../template';

/** What a template rule sees: the template, its references, the specification and the AWS catalog. */
export interface TemplateContext extends Reporter {
  template: Template;
  references: readonly Reference[];
  spec: CfnSpec;
  catalog: Catalog;
  /** The document's text (for size limits). */
  text: string;
  /** The values of the template that are policy documents: the policy rules check them, template rules skip them. */
  policyRoots: ReadonlySet<PNode>;
  /** The zero-based line of an offset. */
  lineOf(offset: number): number;
}

/** A rule over a CloudFormation template; its metadata is that of the policy rules, documented with them. */
export interface TemplateRule {
  id: string;
  name: string;
  summary: string;
  description: string;
  severity: Severity;
  /** The cfn-lint rules this rule covers, for docs/rules.md. */
  cfnLint?: readonly string[];
  check(context: TemplateContext): void;
}
