import { Catalog } from '../../catalog/catalog';
import { PolicyDocument, Statement, stringsOf } from '../../model/policy';
import { PNode, PString } from '../../parsing/tree';
import { actionParts } from '../../rules/actions/actionValue';
import { Fix } from './edits';
import { indentAt, jsonAt, lineBreak } from './layout';
import { replaceWithArray, stringItem, yamlDash, yamlLines, yamlList } from './lists';

/** More ARN patterns than this are no scoping anyone would keep. */
const MAX_PATTERNS = 20;

/**
 * The ARN pattern of a resource type with every variable part a wildcard: `arn:aws:s3:::*\/*` for objects. It names
 * only resources of that type, and its `*`s are the places to name the real ones.
 */
export function arnPattern(format: string): string {
  return format.replace(/\$\{Partition\}/g, 'aws').replace(/\$\{[^}]*\}/g, '*');
}

/** The statement of a policy that holds an offset. */
function statementAt(policy: PolicyDocument, offset: number): Statement | undefined {
  return policy.statements.find((s) => offset >= s.node.offset && offset <= s.node.offset + s.node.length);
}

/**
 * "Scope Resource "*" to the resource types of its actions": on a `"Resource": "*"` whose statement lists its
 * actions, the ARN patterns of the resource types those actions apply to, one per type, so that the grant names
 * only resources of the right kind; the `*` inside each pattern are the places for the real names. Actions with no
 * resource type (List* calls) keep `"*"`, which is then kept beside the patterns.
 */
export function scopeResourceFixes(
  text: string,
  policy: PolicyDocument,
  catalog: Catalog,
  offset: number,
  yaml = false,
): Fix[] {
  const statement = statementAt(policy, offset);
  const resource = statement?.elements.Resource;
  const value = resource?.value;
  if (!statement || !value || offset < resource.offset || offset > resource.offset + resource.length) return [];
  const star = value.type === 'string' ? value : undefined;
  if (star?.value !== '*' || !statement.elements.Action) return [];
  const actions = stringsOf(statement.elements.Action).flatMap((a) => catalog.matchActions(a.value));
  if (actions.length === 0 || actions.length > 500) return [];
  const patterns = new Set<string>();
  let unscoped = false;
  for (const action of actions) {
    if (action.resourceTypes.length === 0) unscoped = true;
    for (const type of primaryTypes(action.resourceTypes)) {
      const spec = catalog.resourceType(action.service, type.name);
      if (spec) patterns.add(arnPattern(spec.arnFormat));
    }
  }
  if (patterns.size === 0 || patterns.size > MAX_PATTERNS) return [];
  const items = [...patterns].sort();
  if (unscoped) items.push('*');
  const count = `${patterns.size} ARN pattern${patterns.size === 1 ? '' : 's'}`;
  const title = `Scope Resource "*" to the resource types of its ${actions.length} action${actions.length === 1 ? '' : 's'} (${count}${unscoped ? ', and "*" for those without one' : ''})`;
  const edit = yaml
    ? yamlList(text, star, false, items)
    : replaceWithArray(
        text,
        star,
        items.map((i) => stringItem(i)),
      );
  return [{ title, kind: 'refactor.rewrite', edits: [edit] }];
}

/**
 * "Split this statement by service": a statement whose actions belong to several services becomes one statement
 * per service with the same Effect, Principal, Resource and Condition, so that each can then be scoped on its own.
 * Sids get the service as a suffix. The statement is rewritten from its values, so one that a template builds with
 * intrinsics (whose values here are resolved) is left alone.
 */
export function splitByServiceFixes(text: string, policy: PolicyDocument, offset: number, yaml = false): Fix[] {
  const statement = statementAt(policy, offset);
  const list = policy.statement?.value;
  if (!statement || list?.type !== 'array') return [];
  const own = text.slice(statement.node.offset, statement.node.offset + statement.node.length);
  if (/Fn::|"Ref"|\bRef:|!\w/.test(own)) return [];
  const dash = yaml ? yamlDash(text, statement.node.offset) : '';
  if (dash === undefined) return [];
  const action = statement.elements.Action?.value;
  if (action?.type !== 'array' || !action.items.every((i) => i.type === 'string')) return [];
  const byService = new Map<string, PString[]>();
  for (const item of action.items as PString[]) {
    const service = actionParts(item.value)?.service.toLowerCase() ?? '*';
    byService.set(service, [...(byService.get(service) ?? []), item]);
  }
  if (byService.size < 2 || byService.has('*')) return [];
  const indent = indentAt(text, statement.node.offset);
  const eol = lineBreak(text);
  const separator = yaml ? `${eol}${dash}- ` : `,${eol}${indent}`;
  const statements = [...byService].map(([service, items]) => {
    const copy: Record<string, unknown> = {};
    for (const property of statement.node.properties) {
      if (property.key === 'Action') copy.Action = items.length === 1 ? items[0].value : items.map((i) => i.value);
      else if (property.key === 'Sid' && property.value?.type === 'string')
        copy.Sid = `${property.value.value}${pascal(service)}`;
      else copy[property.key] = plain(property.value);
    }
    return yaml ? yamlLines(copy, `${dash}  `, eol) : jsonAt(copy, text, indent);
  });
  const services = [...byService.keys()].join(', ');
  return [
    {
      title: `Split this statement by service (${byService.size} statements: ${services})`,
      kind: 'refactor.rewrite',
      edits: [{ offset: statement.node.offset, length: statement.node.length, text: statements.join(separator) }],
    },
  ];
}

/**
 * The resource types an action is scoped to: the required ones where the catalog marks them, else all but the
 * access points, which S3 actions accept as an alternative way to the same buckets and objects.
 */
function primaryTypes(types: readonly { name: string; required: boolean }[]): readonly { name: string }[] {
  const required = types.filter((t) => t.required);
  if (required.length > 0) return required;
  const direct = types.filter((t) => !t.name.toLowerCase().includes('accesspoint'));
  return direct.length > 0 ? direct : types;
}

function pascal(service: string): string {
  return service
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A node as plain JSON data. Recursion is bounded by the parser's depth limit. */
function plain(node: PNode | undefined): unknown {
  if (!node) return null;
  if (node.type === 'object') return Object.fromEntries(node.properties.map((p) => [p.key, plain(p.value)]));
  if (node.type === 'array') return node.items.map(plain);
  return node.value;
}
