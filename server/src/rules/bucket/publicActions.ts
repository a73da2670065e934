import { Action, AccessLevel, Catalog } from '../../catalog/catalog';
import { Statement, stringsOf } from '../../model/policy';
import { PProperty } from '../../parsing/tree';
import { listed } from '../actions/actionValue';
import { BUCKET_SERVICES } from './bucketActions';
import { bucketRefs, starResources } from './bucketRefs';

/** The bucket and object actions a statement grants, limited to the kinds of resource it names. */
export function grantedActions(statement: Statement, catalog: Catalog): Action[] {
  const wanted = resourceTypesNamed(statement);
  const fits = (a: Action) =>
    BUCKET_SERVICES.has(a.service) && a.resourceTypes.some((r) => wanted.has(r.name as 'bucket' | 'object'));
  if (statement.elements.Action) {
    const found = new Set<Action>();
    for (const value of distinctValues(statement.elements.Action)) {
      for (const action of catalog.matchActions(value)) if (fits(action)) found.add(action);
    }
    return [...found];
  }
  if (!statement.elements.NotAction) return [];
  const excluded = new Set([...distinctValues(statement.elements.NotAction)].flatMap((v) => catalog.matchActions(v)));
  return [...BUCKET_SERVICES]
    .flatMap((s) => catalog.service(s)?.actions ?? [])
    .filter((a) => fits(a) && !excluded.has(a));
}

/** The values of an element once each: `"*"` repeated thousands of times would otherwise expand each time. */
function distinctValues(element: PProperty | undefined): Set<string> {
  return new Set(stringsOf(element).map((n) => n.value.toLowerCase()));
}

/** `bucket` when the statement names a bucket, `object` when it names objects; both for names that may be either. */
function resourceTypesNamed(statement: Statement): Set<'bucket' | 'object'> {
  const types = new Set<'bucket' | 'object'>();
  if (statement.elements.NotResource || starResources(statement).length > 0) return new Set(['bucket', 'object']);
  for (const ref of bucketRefs(statement)) {
    types.add(ref.object ? 'object' : 'bucket');
    // `arn:aws:s3:::logs-*` may stand for objects as well as buckets.
    if (ref.open && !ref.object) types.add('object');
  }
  return types;
}

const LEVEL_WORDS: Record<AccessLevel, string> = {
  Read: 'read',
  List: 'list',
  Write: 'write',
  'Permissions management': 'permissions management',
  Tagging: 'tagging',
};
const LEVEL_ORDER: AccessLevel[] = ['Read', 'List', 'Write', 'Permissions management', 'Tagging'];

/**
 * The actions for a message: `1 read action public: s3:GetObject`, or with several access levels
 * `3 actions public (1 read, 2 write): s3:GetObject, s3:PutObject and s3:DeleteObject`.
 */
export function publicPhrase(actions: Action[]): string {
  const levels = LEVEL_ORDER.map((level) => ({ level, count: actions.filter((a) => a.accessLevel === level).length }));
  const present = levels.filter((l) => l.count > 0);
  const ids = [...actions]
    .sort((a, b) => LEVEL_ORDER.indexOf(a.accessLevel) - LEVEL_ORDER.indexOf(b.accessLevel))
    .map((a) => a.id);
  const noun = actions.length === 1 ? 'action' : 'actions';
  if (present.length === 1) return `${actions.length} ${LEVEL_WORDS[present[0].level]} ${noun} public: ${listed(ids)}`;
  const split = present.map((l) => `${l.count} ${LEVEL_WORDS[l.level]}`).join(', ');
  return `${actions.length} ${noun} public (${split}): ${listed(ids)}`;
}

/** True when every action only reads or lists. */
export function readOnly(actions: Action[]): boolean {
  return actions.every((a) => a.accessLevel === 'Read' || a.accessLevel === 'List');
}
