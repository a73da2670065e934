import { Action, ACCESS_LEVELS, Catalog } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { bold, bullets, code, count, link, listSome, paragraphs, sentence } from './markdown';
import { serviceReferenceUrl } from './links';

/** How many condition keys an action's hover names before counting the rest. */
const SHOWN_KEYS = 10;
/** How many actions of each access level a wildcard's hover names. */
const SHOWN_PER_LEVEL = 3;

/**
 * The hover of an Action or NotAction value: the action as the Service Authorization Reference describes it, or what
 * a wildcard matches. Undefined when the value names no known action.
 */
export function actionMarkdown(value: string, catalog: Catalog, negated: boolean): string | undefined {
  const text = value.trim();
  if (hasWildcard(text)) return wildcardMarkdown(text, catalog, negated);
  const action = catalog.action(text);
  if (!action) return undefined;
  const service = catalog.service(action.service);
  const required = action.resourceTypes.map((r) => `${code(r.name)}${r.required ? ' (required)' : ''}`);
  return paragraphs(
    `${bold(action.id)} — ${service?.name ?? action.service}`,
    action.description && sentence(action.description),
    bullets(
      `Access level: ${action.accessLevel}`,
      required.length > 0
        ? `Resource types: ${required.join(', ')}`
        : 'Resource types: none, so the statement needs `"Resource": "*"`',
      action.conditionKeys.length > 0 && `Condition keys: ${listSome(action.conditionKeys.map(code), SHOWN_KEYS)}`,
    ),
    negated && 'In `NotAction`: the statement covers every action except this one.',
    service && link(`${service.name} in the Service Authorization Reference`, serviceReferenceUrl(service.name)),
  );
}

/** Wildcard hovers already made, per catalog: `*` groups every action of the catalog, which is worth doing once. */
const wildcardMemo = new WeakMap<Catalog, Map<string, string | undefined>>();

function wildcardMarkdown(pattern: string, catalog: Catalog, negated: boolean): string | undefined {
  let memo = wildcardMemo.get(catalog);
  if (!memo) {
    memo = new Map();
    wildcardMemo.set(catalog, memo);
  }
  const key = `${negated ? '!' : ''}${pattern}`;
  if (memo.has(key)) return memo.get(key);
  const markdown = describeWildcard(pattern, catalog, negated);
  if (memo.size >= 500) memo.clear();
  memo.set(key, markdown);
  return markdown;
}

function describeWildcard(pattern: string, catalog: Catalog, negated: boolean): string | undefined {
  const actions = catalog.matchActions(pattern);
  if (actions.length === 0) return undefined;
  const services = new Set(actions.map((a) => a.service));
  const only = services.size === 1 ? catalog.service(actions[0].service) : undefined;
  const of = only ? `of ${only.name}` : `of ${count(services.size, 'service')}`;
  const byLevel = new Map<string, Action[]>();
  for (const action of actions) {
    const list = byLevel.get(action.accessLevel) ?? [];
    list.push(action);
    byLevel.set(action.accessLevel, list);
  }
  const levels = ACCESS_LEVELS.flatMap((level) => {
    const list = byLevel.get(level);
    if (!list) return [];
    return [
      `${level} (${list.length.toLocaleString('en-US')}): ${listSome(
        list.map((a) => code(a.id)),
        SHOWN_PER_LEVEL,
      )}`,
    ];
  });
  return paragraphs(
    `${bold(pattern)} — matches ${count(actions.length, 'action')} ${of}`,
    bullets(...levels),
    negated && 'In `NotAction`: the statement covers every action except these.',
    only && link(`${only.name} in the Service Authorization Reference`, serviceReferenceUrl(only.name)),
  );
}
