import { Action, Catalog } from '../../catalog/catalog';
import { GlobToken, compileWildcard, globMatch, hasWildcard } from '../../catalog/glob';
import { PString } from '../../parsing/tree';
import { Rule } from '../rule';
import { ActionList, actionLists, actionParts, matchingActions, quoted } from './actionValue';

/** A value that another value of the same Action or NotAction list already covers. */
export const redundantAction: Rule = {
  id: 'redundant-action',
  name: 'Redundant action',
  summary: 'An action repeats another value of the same list, or a wildcard in the list already covers it.',
  description: [
    'In `["s3:*", "s3:GetObject"]` the second value adds nothing: `s3:*` already matches `s3:GetObject`. The same',
    'goes for a value written twice (IAM compares actions without regard to case, so `s3:getobject` repeats',
    '`s3:GetObject`), for any value next to `*`, and for a wildcard whose actions another wildcard all matches',
    '(`s3:GetObject*` next to `s3:Get*`). The policy means the same without it, so this is a hint that marks the',
    'value as unnecessary and names the value that covers it. Of two values that match exactly the same actions,',
    'the later one is reported.',
  ].join(' '),
  severity: 'hint',
  accessAnalyzer: ['REDUNDANT_ACTION'],
  checkStatement(statement, { catalog, report }) {
    for (const list of actionLists(statement)) {
      if (list.values.length < 2) continue;
      for (const finding of findRedundant(list, catalog)) {
        report(finding.node, finding.message, { unnecessary: true, data: { coveredBy: finding.by } });
      }
    }
  },
};

/** One well-formed value, with what it matches computed once. */
interface Entry {
  node: PString;
  index: number;
  lower: string;
  /** The lower-case service prefix when it has no wildcard. */
  service?: string;
  /** True for `*`, which matches every action. */
  all: boolean;
  tokens?: GlobToken[];
  actions: readonly Action[];
  set?: Set<Action>;
}

interface Redundancy {
  node: PString;
  by: string;
  message: string;
}

function findRedundant(list: ActionList, catalog: Catalog): Redundancy[] {
  const entries = list.values.flatMap((node, index) => entryOf(node, index, catalog));
  const { byService, broad } = groupByService(entries);
  const firstOf = new Map<string, Entry>();
  const found: Redundancy[] = [];
  for (const entry of entries) {
    const earlier = firstOf.get(entry.lower);
    if (earlier) {
      const message = `${quoted(entry.node.value)} repeats ${quoted(earlier.node.value)} in this ${list.element} list: remove it.`;
      found.push({ node: entry.node, by: earlier.node.value, message });
      continue;
    }
    firstOf.set(entry.lower, entry);
    const candidates = entry.service === undefined ? entries : [...(byService.get(entry.service) ?? []), ...broad];
    const cover = widest(candidates.filter((other) => covers(other, entry)));
    if (cover) {
      const message = `${quoted(entry.node.value)} is already covered by ${quoted(cover.node.value)} in this ${list.element} list: remove it.`;
      found.push({ node: entry.node, by: cover.node.value, message });
    }
  }
  return found;
}

/**
 * Only values of the same service, `*` and values with a wildcard service can cover a value: grouping by service
 * keeps a list of hundreds of actions of many services from comparing every pair.
 */
function groupByService(entries: Entry[]): { byService: Map<string, Entry[]>; broad: Entry[] } {
  const byService = new Map<string, Entry[]>();
  const broad: Entry[] = [];
  for (const entry of entries) {
    if (entry.service === undefined) {
      broad.push(entry);
      continue;
    }
    const same = byService.get(entry.service);
    if (same) same.push(entry);
    else byService.set(entry.service, [entry]);
  }
  return { byService, broad };
}

function entryOf(node: PString, index: number, catalog: Catalog): Entry[] {
  const value = node.value;
  const lower = value.toLowerCase();
  if (value === '*') return [{ node, index, lower, all: true, actions: catalog.allActions() }];
  const parts = actionParts(value);
  if (!parts) return [];
  const wild = hasWildcard(value);
  return [
    {
      node,
      index,
      lower,
      service: hasWildcard(parts.service) ? undefined : parts.service.toLowerCase(),
      all: false,
      tokens: wild ? compileWildcard(value, true) : undefined,
      actions: matchingActions(catalog, value),
    },
  ];
}

/** True when `cover` matches every action `other` matches, and `other` is the one of the two to remove. */
function covers(cover: Entry, other: Entry): boolean {
  if (cover === other || cover.lower === other.lower) return false;
  // Of two values with the same actions, the later one goes.
  if (cover.actions.length === other.actions.length && other.actions.length > 0 && cover.index > other.index)
    return false;
  if (cover.all) return true;
  if (cover.service !== undefined && other.service !== undefined && cover.service !== other.service) return false;
  // A plain action is covered by the text of a pattern, so that an action the catalog lacks is covered too.
  if (!other.tokens) return cover.tokens !== undefined && globMatch(cover.tokens, other.lower);
  if (other.actions.length === 0 || other.actions.length > cover.actions.length) return false;
  cover.set ??= new Set(cover.actions);
  const set = cover.set;
  return other.actions.every((a) => set.has(a));
}

/** The covering value that matches the most actions (the first of equals), the clearest one to name. */
function widest(entries: Entry[]): Entry | undefined {
  let best: Entry | undefined;
  for (const entry of entries) {
    if (
      !best ||
      entry.actions.length > best.actions.length ||
      (entry.actions.length === best.actions.length && entry.index < best.index)
    ) {
      best = entry;
    }
  }
  return best;
}
