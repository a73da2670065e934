import { PProperty } from '../../parsing/tree';
import { Reporter, Rule } from '../rule';
import { ElementLevel, intendedElement, isElement } from './elementNames';
import { shown } from './shown';

/** A key that is not an element of the policy or statement, with the element it most likely means. */
export const unknownElement: Rule = {
  id: 'unknown-element',
  name: 'Unknown policy element',
  summary: 'A key that is not a policy element (Version, Id, Statement) or a statement element, with "did you mean".',
  description: [
    'A policy has only `Version`, `Id` and `Statement` at its top level, and a statement only `Sid`, `Effect`,',
    '`Principal`, `NotPrincipal`, `Action`, `NotAction`, `Resource`, `NotResource` and `Condition`. Element names are',
    'case-sensitive: `effect` or `Actions` are not elements, and IAM rejects the policy (MalformedPolicyDocument), so',
    'this is an error. The finding names the element you most likely meant (case-only differences and near misses),',
    'and says so when an element sits at the wrong level (an `Effect` outside any statement).',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['INVALID_POLICY_ELEMENT'],
  checkDocument({ policy, report }) {
    for (const property of policy.root.properties) checkKey(property, 'policy', report);
  },
  checkStatement(statement, { report }) {
    for (const property of statement.node.properties) checkKey(property, 'statement', report);
  },
};

function checkKey(property: PProperty, level: ElementLevel, report: Reporter['report']): void {
  const key = property.key;
  if (isElement(key, level)) return;
  const other: ElementLevel = level === 'policy' ? 'statement' : 'policy';
  if (isElement(key, other)) {
    report(property.keySpan, misplaced(key, level));
    return;
  }
  const intended = intendedElement(key, level);
  if (intended === undefined) {
    report(property.keySpan, unknown(key, level));
  } else if (intended.toLowerCase() === key.toLowerCase()) {
    report(property.keySpan, `Element names are case-sensitive: write "${intended}", not ${shown(key)}.`, {
      data: { replacement: JSON.stringify(intended) },
    });
  } else {
    report(property.keySpan, `${shown(key)} is not ${elementOf(level)}. Did you mean "${intended}"?`, {
      data: { replacement: JSON.stringify(intended) },
    });
  }
}

function misplaced(key: string, level: ElementLevel): string {
  return level === 'policy'
    ? `${shown(key)} belongs inside a statement, not at the top level of the policy.`
    : `${shown(key)} belongs at the top level of the policy, not inside a statement.`;
}

function unknown(key: string, level: ElementLevel): string {
  return level === 'policy'
    ? `${shown(key)} is not a policy element: the top level holds only Version, Id and Statement.`
    : `${shown(key)} is not a statement element: use Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, ` +
        'NotResource or Condition.';
}

function elementOf(level: ElementLevel): string {
  return level === 'policy' ? 'a policy element' : 'a statement element';
}
