import { Action, Catalog } from '../../catalog/catalog';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { Target, actionFormats, actionScope, appliesTo, targetOf } from './applicability';
import { arnsLike } from './arnBinding';
import { FormatEntry, arnIndex } from './arnIndex';
import { replacementIn, resourceValues } from './arns';
import { actionsPhrase, likelyFormats, typeName, typesPhrase } from './describe';

/** A Resource ARN that no action of the statement can apply to. */
export const resourceMismatch: Rule = {
  id: 'resource-mismatch',
  name: 'Resource that no action applies to',
  summary: "A resource ARN names a type of resource that none of the statement's actions applies to.",
  description: [
    'Each action applies to certain resource types, listed in the Service Authorization Reference:',
    '`s3:ListBucket` to buckets (`arn:aws:s3:::my-bucket`), `s3:GetObject` to objects (`arn:aws:s3:::my-bucket/*`),',
    'and actions without resource types only to `"*"`. A resource that no action of its statement applies to never',
    'takes part in a request, so the statement does not do what it says there: often the bucket and object ARNs are',
    'swapped. IAM accepts the policy, so this is a warning. Resources with wildcards count as soon as they could',
    'name a right resource; statements with NotAction, NotResource or an unknown action are not judged. When one ARN',
    'clearly fits, it is offered as the fix.',
  ].join(' '),
  severity: 'warning',
  checkStatement(statement, { catalog, policy, report }) {
    const scope = actionScope(statement, catalog);
    if (!scope?.complete || scope.actions.length === 0) return;
    // In a bucket policy, actions without resource types are bucket-action-not-applicable's: "*" is no cure there.
    if (
      policy.kind === 'bucket' &&
      scope.actions.every((a) => actionFormats(a, catalog) !== 'unknown' && actionFormats(a, catalog).length === 0)
    )
      return;
    const index = arnIndex(catalog);
    for (const value of resourceValues(statement)) {
      const target = value.negated ? undefined : targetOf(value, index);
      if (!target || scope.actions.some((a) => appliesTo(a, target, catalog))) continue;
      report(
        valueSpan(value.node),
        mismatchMessage(scope.actions, target, catalog),
        replacementIn(value, fixFor(scope.actions, target, catalog)),
      );
    }
  },
};

interface Group {
  ids: string[];
  formats: FormatEntry[];
}

function mismatchMessage(actions: Action[], target: Target, catalog: Catalog): string {
  const groups = groupByFormats(actions, catalog);
  const name = typeName(target.names);
  const what = name ? `this ${name} ARN` : 'this ARN';
  const phrase = (g: Group) => groupPhrase(g, target);
  if (groups.length === 1) return `${phrase(groups[0])}, not to ${what}.`;
  const shown = groups.slice(0, 3).map(phrase);
  const more = groups.length > 3 ? `; and ${groups.length - 3} more groups of actions` : '';
  return `No action of this statement applies to ${what}: ${shown.join('; ')}${more}.`;
}

function groupPhrase(group: Group, target: Target): string {
  const one = group.ids.length === 1;
  if (group.formats.length === 0) {
    return `${actionsPhrase(group.ids)} ${one ? 'has' : 'have'} no resource types and ${one ? 'applies' : 'apply'} only to "*"`;
  }
  return `${actionsPhrase(group.ids)} ${one ? 'applies' : 'apply'} to ${typesPhrase(likelyFormats(group.formats, [target.value.arn]))}`;
}

function groupByFormats(actions: Action[], catalog: Catalog): Group[] {
  const groups = new Map<string, Group>();
  for (const action of actions) {
    const formats = actionFormats(action, catalog);
    if (formats === 'unknown') continue;
    const key = formats.map((f) => f.type.arnFormat).join(' ');
    const group = groups.get(key) ?? { ids: [], formats };
    group.ids.push(action.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The one ARN the statement's actions apply to that can be built from this one, if there is exactly one. */
function fixFor(actions: Action[], target: Target, catalog: Catalog): string | undefined {
  const wanted: FormatEntry[] = [];
  for (const action of actions) {
    const formats = actionFormats(action, catalog);
    if (formats === 'unknown' || formats.length === 0) return undefined;
    wanted.push(...formats);
  }
  const built = arnsLike(target.value.arn, target.names, [...new Set(wanted)]);
  return built.length === 1 ? built[0] : undefined;
}
