import { Catalog } from '../catalog/catalog';
import { PolicyKind } from '../model/kind';
import { PolicyDocument, Statement } from '../model/policy';
import { Span } from '../parsing/tree';

/** How serious a finding is; mirrors the LSP's severities without depending on them. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding a rule reports: where, what, and data a quick fix may use. Offsets are document offsets. */
export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Marks findings about code that has no effect, for editors that fade such code. */
  unnecessary?: boolean;
  /** Data for quick fixes, e.g. the suggested replacement text. */
  data?: { replacement?: string; [key: string]: unknown };
}

/** What a rule reports through. */
export interface Reporter {
  report(span: Span, message: string, extra?: Pick<Finding, 'unnecessary' | 'data'>): void;
}

/** What a rule sees: the policy, the catalog, and a reporter. */
export interface RuleContext extends Reporter {
  policy: PolicyDocument;
  catalog: Catalog;
}

/** A lint rule: metadata (documentation is generated from it) and a check. */
export interface Rule {
  /** Stable id, used as diagnostic code and in settings. */
  id: string;
  /** A title for the docs. */
  name: string;
  /** One line: what it finds. */
  summary: string;
  /** Markdown: why it matters, what AWS does with it, and why the default severity is what it is. */
  description: string;
  severity: Severity;
  /** The policy kinds it applies to; undefined means all. */
  kinds?: readonly PolicyKind[];
  /** The IAM Access Analyzer check codes this rule covers offline. */
  accessAnalyzer?: readonly string[];
  /**
   * How the rule reads a policy embedded in a CloudFormation template: `text` when it reads the document's text
   * itself, which in a template is the template's (such a rule does not run there); `names` when it compares names
   * across values, which a stand-in for an unknown part (a parameter) may make differ where they are one.
   */
  inTemplates?: 'text' | 'names';
  /** Checks one statement. Rules that only need one statement use this, so results can be kept per statement. */
  checkStatement?(statement: Statement, context: RuleContext): void;
  /** Checks the whole document. */
  checkDocument?(context: RuleContext): void;
}
