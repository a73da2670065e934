import { Action, Catalog } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { ParsedArn } from '../../model/arn';
import { Statement } from '../../model/policy';
import { PString } from '../../parsing/tree';
import { actionFormats, actionScope, appliesTo, targetOf } from '../../rules/resources/applicability';
import { FormatEntry, arnIndex, candidateFormats } from '../../rules/resources/arnIndex';
import { splitResourceArn } from '../../rules/resources/arns';
import { likelyFormats } from '../../rules/resources/describe';
import { bullets, code, joinWords, listSome, paragraphs } from './markdown';

/** Statements with more actions than this get no list of which actions apply to an ARN (`"Action": "*"`). */
const MAX_JUDGED_ACTIONS = 100;
/** How many action ids each side of the applicability line names. */
const SHOWN_ACTIONS = 5;

const PARTITIONS: Record<string, string> = {
  aws: 'AWS Regions',
  'aws-cn': 'China Regions',
  'aws-us-gov': 'AWS GovCloud (US)',
};

/** Where an ARN stands, which decides what else its hover says. */
export interface ArnPlace {
  /** The statement whose Resource element holds the ARN: its actions are judged against it. */
  statement?: Statement;
  /** In NotResource. */
  negated?: boolean;
}

/** An ARN split for a hover, or undefined when the text is not `arn:` with six fields. */
export function parseArn(text: string): ParsedArn | undefined {
  const arn = splitResourceArn(text);
  return arn && arn.prefix.value === 'arn' ? arn : undefined;
}

/**
 * The hover of an ARN: its fields, the resource type(s) of the catalog it names, and for a Resource value which of
 * the statement's actions apply to it. Undefined for a text that is not an ARN.
 */
export function arnMarkdown(node: PString, catalog: Catalog, place: ArnPlace = {}): string | undefined {
  const arn = parseArn(node.value);
  if (!arn) return undefined;
  const service = arn.service.value;
  // The formats the ARN can name, narrowed to those whose region and account are given as in the ARN (an S3 object
  // ARN could textually be `accesspoint/ap`, but one with a region and an account is an access point).
  const formats = hasWildcard(service) || service.includes('${') ? [] : candidateFormats(arnIndex(catalog), arn);
  const types = typesOf(likelyFormats(formats, [arn]));
  const serviceName = catalog.service(service)?.name;
  const title = arnTitle(service, serviceName, types);
  return paragraphs(
    title,
    types.length === 1 && `Format: ${code(types[0].format)}`,
    bullets(
      `Partition: ${field(arn.partition.value)}${PARTITIONS[arn.partition.value] ? ` (${PARTITIONS[arn.partition.value]})` : ''}`,
      `Service: ${field(service)}`,
      `Region: ${field(arn.region.value)}`,
      `Account: ${field(arn.account.value)}`,
      `Resource: ${field(arn.resource.value)}`,
    ),
    place.negated && 'In `NotResource`: the statement covers every resource except this one.',
    place.statement && !place.negated && applicability(node, arn, place.statement, catalog),
  );
}

/** A resource type an ARN can name, as hovers show it. */
interface ShownType {
  name: string;
  format: string;
}

/**
 * The distinct resource types among format entries. Other services repeat a format under their own names (an IAM
 * role is `iam-role` in ssm), so the name of the service that owns the ARN's service field wins.
 */
function typesOf(entries: FormatEntry[]): ShownType[] {
  const groups = new Map<string, FormatEntry[]>();
  for (const entry of entries) {
    const key = entry.type.arnFormat.replace(/\$\{[^}]*\}/g, '${}');
    const group = groups.get(key) ?? [];
    group.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const own = group.find((e) => e.type.service === e.service) ?? group[0];
    return { name: own.type.name, format: own.type.arnFormat };
  });
}

function arnTitle(service: string, serviceName: string | undefined, types: ShownType[]): string {
  const who = serviceName ?? `service ${code(service)}`;
  if (!serviceName && types.length === 0)
    return `**ARN** — ${service ? `unknown service ${code(service)}` : 'no service'}`;
  if (types.length === 0) return `**ARN** — ${who}, of no resource type it defines`;
  return `**ARN** — ${who} ${orList(
    types.map((t) => code(t.name)),
    4,
  )}`;
}

/** `a`, `a or b`, `a, b or c`, `a, b, c or 2 others`. */
function orList(items: string[], limit: number): string {
  if (items.length <= limit) return joinWords(items, 'or');
  return `${items.slice(0, limit).join(', ')} or ${items.length - limit} others`;
}

function field(value: string): string {
  if (value === '') return 'none';
  if (value === '*') return '`*` (any)';
  return code(value);
}

/** Which of the statement's actions can apply to the ARN, as the resource-mismatch rule judges it. */
function applicability(node: PString, arn: ParsedArn, statement: Statement, catalog: Catalog): string | undefined {
  const scope = actionScope(statement, catalog);
  if (!scope || scope.actions.length === 0 || scope.actions.length > MAX_JUDGED_ACTIONS) return undefined;
  const target = targetOf({ node, text: node.value, arn, negated: false }, arnIndex(catalog));
  if (!target) return undefined;
  const yes: Action[] = [];
  const no: Action[] = [];
  for (const action of scope.actions) (appliesTo(action, target, catalog) ? yes : no).push(action);
  const ids = (actions: Action[]) =>
    listSome(
      actions.map((a) => code(a.id)),
      SHOWN_ACTIONS,
    );
  if (no.length === 0) return `Applies to ${yes.length === 1 ? '' : 'every action of the statement: '}${ids(yes)}.`;
  const needs = no.length === 1 ? ` (needs ${needsOf(no[0], catalog)})` : '';
  if (yes.length === 0) return `Applies to no action of the statement: not to ${ids(no)}${needs}.`;
  return `Applies to ${ids(yes)}; not to ${ids(no)}${needs}.`;
}

/** What an action applies to instead, for the one action an ARN does not apply to: `bucket`, or `"*"`. */
function needsOf(action: Action, catalog: Catalog): string {
  const formats = actionFormats(action, catalog);
  if (formats === 'unknown') return 'another resource type';
  if (formats.length === 0) return '`"*"`';
  return orList([...new Set(formats.map((f) => f.type.name))].map(code), 3);
}
