import { Catalog } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { ActionValue, Target, actionFormats, actionScope, appliesTo, targetsOf } from './applicability';
import { arnsLike } from './arnBinding';
import { FormatEntry, arnIndex } from './arnIndex';
import { joinWords, likelyFormats, typesPhrase } from './describe';

/** An action that applies to none of its statement's resources, while other actions of the statement do. */
export const actionWithoutResource: Rule = {
  id: 'action-without-resource',
  name: 'Action without a matching resource',
  summary: "An action of the statement applies to none of the statement's resources.",
  description: [
    'When a statement lists several actions, each needs a resource of a type it applies to. The classic case is',
    '`s3:ListBucket`, which applies to the bucket (`arn:aws:s3:::my-bucket`), next to object actions with only',
    '`arn:aws:s3:::my-bucket/*`: listing is then never allowed. An action without resource types (such as',
    '`s3:ListAllMyBuckets`) needs `"Resource": "*"`, best in a statement of its own. IAM accepts the policy, so this',
    "is a warning. It is only reported when the ARN to add can be built from the statement's other resources (the",
    'bucket of an object, the table of an index), which is given with the finding. Statements',
    'with NotAction, NotResource, `*` or a resource that cannot be judged are left alone, and so are statements where',
    'no action fits any resource (resource-mismatch reports those).',
  ].join(' '),
  severity: 'warning',
  checkStatement(statement, { catalog, policy, report }) {
    const scope = actionScope(statement, catalog);
    const targets = scope && targetsOf(statement, arnIndex(catalog));
    if (!scope || !targets || targets.length === 0) return;
    if (!scope.actions.some((a) => targets.some((t) => appliesTo(a, t, catalog)))) return;
    for (const value of scope.values) {
      if (value.actions.some((a) => targets.some((t) => appliesTo(a, t, catalog)))) continue;
      const finding = describe(value, targets, catalog);
      // A bucket policy cannot name "*": bucket-action-not-applicable says what to do with such actions there.
      if (finding?.data.ownStatementResource && policy.kind === 'bucket') continue;
      if (finding) report(valueSpan(value.node), finding.message, { data: finding.data });
    }
  },
};

function describe(value: ActionValue, targets: Target[], catalog: Catalog) {
  const formats: FormatEntry[] = [];
  for (const action of value.actions) {
    const own = actionFormats(action, catalog);
    if (own === 'unknown') return undefined;
    formats.push(...own);
  }
  const text = value.node.value;
  const many = hasWildcard(text);
  if (formats.length === 0) {
    const message = many
      ? `The actions ${text} stands for have no resource types and apply only to "*": give them a statement of their own with "Resource": "*".`
      : `${text} has no resource types and applies only to "*": give it a statement of its own with "Resource": "*".`;
    return { message, data: { ownStatementResource: '*' } };
  }
  const unique = [...new Set(formats)];
  const add = [...new Set(targets.flatMap((t) => arnsLike(t.value.arn, t.names, unique)))];
  // Without an ARN built from the statement's own resources, the finding is usually a long list of actions granted
  // on a few resource types on purpose, or a resource type the catalog does not know yet: not worth a warning.
  if (add.length === 0) return undefined;
  const types = typesPhrase(
    likelyFormats(
      unique,
      targets.map((t) => t.value.arn),
    ),
  );
  const message = many
    ? `No action ${text} stands for applies to a resource of this statement: they apply to ${types}. Add ${joinWords(add)}.`
    : `${text} applies to ${types}, and no resource of this statement is one: add ${joinWords(add)}.`;
  return { message, data: { addResources: add } };
}
